using System.Text.RegularExpressions;

namespace Participation.Core.Privacy;

/// <summary>
/// A first, pattern-only redactor for e-mail addresses, phone numbers and postal codes, so that
/// nothing obvious is ever published while the full Japanese redactor (names, addresses, births,
/// individual numbers) is built. Replaced by registering a better <see cref="IRedactor"/>.
/// </summary>
public sealed partial class PatternRedactor : IRedactor
{
    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+\s*[@＠]\s*[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![0-9０-９])[(（]?0[0-9０-９]{1,4}[)）\-‐－ー―\s]?[0-9０-９]{1,4}[)）\-‐－ー―\s]?[0-9０-９]{3,4}(?![0-9０-９])")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?:〒\s*|郵便番号[:：\s]*)[0-9０-９]{3}[\-‐－ー―]?[0-9０-９]{4}")]
    private static partial Regex Postal();

    public IReadOnlyList<PiiSpan> Detect(string text)
    {
        var spans = new List<PiiSpan>();
        void Add(Regex regex, PiiKind kind)
        {
            foreach (Match m in regex.Matches(text))
                if (!spans.Any(s => m.Index < s.End && s.Start < m.Index + m.Length))
                    spans.Add(new PiiSpan(m.Index, m.Length, kind));
        }
        Add(Email(), PiiKind.Email);
        Add(Postal(), PiiKind.Postal);
        Add(Phone(), PiiKind.Phone);
        return spans.OrderBy(s => s.Start).ToList();
    }

    public string Redact(string text) => RedactionApplier.Apply(text, Detect(text));
}
