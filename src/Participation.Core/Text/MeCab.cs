using System.Runtime.InteropServices;

namespace Participation.Core.Text;

/// <summary>
/// MeCab (Debian's libmecab2 + mecab-ipadic-utf8) through P/Invoke. Optional: <see cref="IsAvailable"/>
/// is false when the library or dictionary is missing, and callers fall back to character n-grams.
/// A MeCab tagger is not thread-safe, so each thread gets its own.
/// </summary>
public static partial class MeCab
{
    private const string Library = "libmecab.so.2";

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr mecab_new2(string arg);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr mecab_sparse_tostr(IntPtr m, string s);

    [LibraryImport(Library)]
    private static partial void mecab_destroy(IntPtr m);

    private static readonly Lazy<bool> Available = new(Probe);

    private static readonly ThreadLocal<Tagger?> Taggers = new(() => Available.Value ? new Tagger("") : null, trackAllValues: false);

    private static readonly ThreadLocal<Tagger?> WakatiTaggers = new(() => Available.Value ? new Tagger("-Owakati") : null, trackAllValues: false);

    /// <summary>Whether libmecab and a dictionary could be loaded. Set <c>PARTICIPATION_MECAB=off</c> to force the fallback.</summary>
    public static bool IsAvailable => Available.Value;

    /// <summary>Morphemes of <paramref name="text"/>; empty when MeCab is not available.</summary>
    public static IReadOnlyList<MeCabToken> Parse(string text)
    {
        var tagger = Taggers.Value;
        if (tagger is null || string.IsNullOrEmpty(text)) return [];
        var output = tagger.Run(Clean(text));
        var tokens = new List<MeCabToken>();
        foreach (var line in output.Split('\n'))
        {
            if (line.Length == 0 || line == "EOS") continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var f = line[(tab + 1)..].Split(',');
            string At(int i) => i < f.Length ? f[i] : "*";
            tokens.Add(new MeCabToken(line[..tab], At(0), At(1), At(2), At(3), At(6) == "*" ? line[..tab] : At(6), At(7)));
        }
        return tokens;
    }

    /// <summary>Words separated by spaces (分かち書き); null when MeCab is not available.</summary>
    public static string? Wakati(string text)
    {
        var tagger = WakatiTaggers.Value;
        if (tagger is null) return null;
        return string.IsNullOrEmpty(text) ? "" : tagger.Run(Clean(text)).TrimEnd('\n', ' ');
    }

    private static readonly ThreadLocal<Dictionary<string, Tagger>> FormattedTaggers = new(() => new(StringComparer.Ordinal), trackAllValues: false);

    /// <summary>
    /// MeCab's output under other command-line <paramref name="arguments"/> (no spaces inside one argument), such as
    /// a node format (<c>-F%f[0]\t%m\n</c>) that prints only what the caller reads; null when MeCab is not available.
    /// Much cheaper than <see cref="Parse"/> for bulk work: no token objects, one string per text.
    /// </summary>
    public static string? Run(string text, string arguments)
    {
        if (!Available.Value) return null;
        if (string.IsNullOrEmpty(text)) return "";
        var taggers = FormattedTaggers.Value!;
        if (!taggers.TryGetValue(arguments, out var tagger)) taggers[arguments] = tagger = new Tagger(arguments);
        return tagger.Run(Clean(text));
    }

    // MeCab stops at NUL and treats newlines as sentence ends; keep offsets simple by using spaces.
    private static string Clean(string text) => text.Replace('\0', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static bool Probe()
    {
        if (Environment.GetEnvironmentVariable("PARTICIPATION_MECAB") is "off" or "0" or "false") return false;
        try
        {
            var handle = mecab_new2("");
            if (handle == IntPtr.Zero) return false;
            mecab_destroy(handle);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    private sealed class Tagger(string arguments)
    {
        // Lives as long as its thread; the OS reclaims it with the process.
        private readonly IntPtr handle = mecab_new2(arguments);

        public IntPtr Handle => handle;

        public string Run(string text) => Marshal.PtrToStringUTF8(mecab_sparse_tostr(handle, text)) ?? "";
    }
}
