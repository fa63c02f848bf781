namespace Participation.Core.Privacy;

/// <summary>
/// Finds personal data in Japanese text and masks it with fixed tokens in full-width brackets:
/// ［氏名］［電話番号］［メール］［郵便番号］［住所］［生年月日］［個人番号］.
/// Used everywhere text leaves staff hands (results, exports, public posts, clusters, API).
/// </summary>
public interface IRedactor
{
    /// <summary>Every detection, without overlaps, ordered by position.</summary>
    IReadOnlyList<PiiSpan> Detect(string text);

    /// <summary>The text with each detection replaced by its mask. Redacting twice changes nothing.</summary>
    string Redact(string text);
}

public enum PiiKind { Name, Phone, Email, Postal, Address, Birth, IdNumber }

/// <summary>A detected span: start index and length in the original text.</summary>
public sealed record PiiSpan(int Start, int Length, PiiKind Kind)
{
    public int End => Start + Length;

    public static string MaskOf(PiiKind kind) => kind switch
    {
        PiiKind.Name => "［氏名］",
        PiiKind.Phone => "［電話番号］",
        PiiKind.Email => "［メール］",
        PiiKind.Postal => "［郵便番号］",
        PiiKind.Address => "［住所］",
        PiiKind.Birth => "［生年月日］",
        PiiKind.IdNumber => "［個人番号］",
        _ => "［個人情報］",
    };
}
