using System.Text;

namespace Participation.Plans.Services;

/// <summary>
/// CSV encodings for Excel: UTF-8 with BOM by default, Shift_JIS (code page 932) on request for older
/// Excel and the city's internal systems; uploads in either are read back.
/// </summary>
public static class CsvEncodings
{
    static CsvEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding For(string? name) =>
        name is not null && (name.Equals("shift_jis", StringComparison.OrdinalIgnoreCase) || name.Equals("sjis", StringComparison.OrdinalIgnoreCase))
            ? Encoding.GetEncoding(932)
            : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Shift_JIS.</summary>
    public static string Decode(byte[] bytes)
    {
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding(932).GetString(bytes); }
    }
}
