using System.Diagnostics;

namespace Participation.Tests.Summaries;

/// <summary>Text of a PDF as pdftotext (poppler-utils) extracts it, in content order, with and without whitespace.</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var path = Path.Combine(Path.GetTempPath(), $"participation-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"])
                { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally { File.Delete(path); }
    }

    /// <summary>Text with every space and line break removed, so wrapped cells compare whole.</summary>
    public static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
