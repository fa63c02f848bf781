using Participation.Core.Privacy.Recognizers;

namespace Participation.Core.Privacy;

/// <summary>
/// The redactor the site uses: one recognizer per kind of personal data, sharing a single MeCab parse,
/// then <see cref="SpanMerger"/>. Works without MeCab (patterns and context only), just less surely for names.
/// </summary>
public sealed class JapaneseRedactor : IRedactor
{
    private static readonly IPiiRecognizer[] Structured =
    [
        new EmailRecognizer(), new IdNumberRecognizer(), new PostalRecognizer(), new PhoneRecognizer(),
        new BirthRecognizer(), new AddressRecognizer(),
    ];

    private readonly NameRecognizer names = new();
    private readonly bool useMeCab;

    public JapaneseRedactor() : this(useMeCab: true) { }

    /// <param name="useMeCab">False forces the pattern-only fallback (for tests of a host without MeCab).</param>
    public JapaneseRedactor(bool useMeCab) => this.useMeCab = useMeCab;

    public IReadOnlyList<PiiSpan> Detect(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var parsed = new PiiText(text, useMeCab);
        var structured = SpanMerger.Merge(text, Structured.SelectMany(r => r.Find(parsed)));
        var all = structured.Concat(names.Find(parsed, structured));
        return SpanMerger.Merge(text, all);
    }

    /// <summary>
    /// Masks until nothing more is found. A mask can change what surrounds it (山田　［氏名］ reads as a
    /// family name before a masked given name), so the result is redacted again until stable: then
    /// redacting it once more changes nothing, whatever the rules.
    /// </summary>
    public string Redact(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var result = RedactionApplier.Apply(text, Detect(text));
        for (var round = 0; round < 3 && result.Contains("［氏名］", StringComparison.Ordinal); round++)
        {
            var again = Detect(result);
            if (again.Count == 0) break;
            result = RedactionApplier.Apply(result, again);
        }
        return result;
    }
}
