using System.Collections.Concurrent;
using Participation.Core.Text;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// Surname and given-name knowledge from MeCab's dictionary. In running text MeCab often prefers an
/// ordinary reading (山田 as 名詞,一般); asked about the word alone before さん it reports the 人名,姓 /
/// 人名,名 entries it holds. Answers are cached: the same few names recur across comments.
/// </summary>
internal static class NameLexicon
{
    private static readonly ConcurrentDictionary<string, bool> Cache = new(StringComparer.Ordinal);

    public static bool IsNameLike(string candidate)
    {
        if (!MeCab.IsAvailable || candidate.Length == 0 || candidate.Length > 10) return false;
        if (Cache.Count > 50_000) Cache.Clear();
        return Cache.GetOrAdd(candidate, static c =>
        {
            var tokens = MeCab.Parse(c + "さん");
            return tokens.Any(t => t.IsPersonName);
        });
    }
}
