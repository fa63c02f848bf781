using System.Text.RegularExpressions;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>E-mail addresses, also with a full-width ＠ and the "at"/"(at)"/"アットマーク" spellings used against scrapers.</summary>
public sealed partial class EmailRecognizer : IPiiRecognizer
{
    private const string Word = "[A-Za-z0-9Ａ-Ｚａ-ｚ０-９_%+-]";
    private const string At = @"(?:\s*[@＠]\s*|\s*[(（\[［]\s*(?:at|AT|ａｔ)\s*[)）\]］]\s*|\s+(?:at|AT)\s+|\s*アットマーク\s*)";
    private const string Dot = @"(?:[.．]|\s*[(（\[［]\s*(?:dot|DOT|ｄｏｔ)\s*[)）\]］]\s*|\s+(?:dot|DOT)\s+)";

    [GeneratedRegex("(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９_.%+-])" + Word + "+(?:[.．]" + Word + "+)*" + At + Word + "+(?:" + Dot + Word + "+)*" + Dot + "[A-Za-zＡ-Ｚａ-ｚ]{2,}")]
    private static partial Regex Email();

    public IEnumerable<PiiSpan> Find(PiiText text)
    {
        foreach (Match m in Email().Matches(text.Text))
            yield return new PiiSpan(m.Index, m.Length, PiiKind.Email);
    }
}
