using Participation.Core.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Participation.Summaries.Reports.Pdf;

/// <summary>
/// Lays out an A4 report top to bottom: a title page, a table of contents filled in at the end with the
/// page of every heading, headings, wrapped paragraphs, tables whose cells wrap by
/// <see cref="JapaneseLineBreaker"/> (rows split across pages, header repeated), images, and a footer with
/// the page number and the creation date on every page after the title.
/// </summary>
public sealed class ReportComposer
{
    private const double Margin = 50, Bottom = 60, CellPad = 3;
    private readonly PdfDocument doc;
    private readonly List<(string Text, int Level, int Page)> headings = [];
    private readonly Dictionary<double, Dictionary<char, double>> widths = [];
    private XGraphics? g;
    /// <summary>Measures text apart from any page, so measuring never opens one.</summary>
    private readonly XGraphics measure;
    private double y;
    private int contentsPage = -1;

    public ReportComposer(string title)
    {
        // Before the document exists: PDFsharp checks the licence in PdfDocument's constructor.
        JapanesePdfFonts.Ensure();
        doc = new PdfDocument();
        measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards, new PdfSharp.Events.RenderEvents());
        doc.Info.Title = title;
        doc.Info.Creator = "Participation";
    }

    private double PageWidth => doc.Pages[^1].Width.Point;
    private double PageHeight => doc.Pages[^1].Height.Point;
    private double TextWidth => PageWidth - Margin * 2;

    public static XFont Font(double size, bool bold = false) =>
        new(JapanesePdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    public void TitlePage(string title, string subtitle, IEnumerable<string> facts)
    {
        NewPage();
        y = PageHeight * 0.28;
        foreach (var line in Wrap(subtitle, 13, TextWidth)) Center(line, 13);
        y += 12;
        foreach (var line in Wrap(title, 20, TextWidth)) Center(line, 20, bold: true);
        y += 30;
        foreach (var fact in facts) foreach (var line in Wrap(fact, 11, TextWidth)) Center(line, 11);
    }

    /// <summary>Keeps a page for the table of contents, written once every heading's page is known.</summary>
    public void ContentsPage(string heading)
    {
        NewPage();
        contentsPage = doc.PageCount - 1;
        DrawText(heading, Margin, y, 16, bold: true);
        y += 30;
        NewPage();
    }

    public void Heading(string text, int level = 1)
    {
        var size = level == 1 ? 15 : 12;
        if (level == 1 && y > Margin + 1) y += 10;
        EnsureRoom(size * 4);
        headings.Add((text, level, doc.PageCount));
        DrawText(text, Margin, y, size, bold: true);
        y += size * 1.5;
        if (level == 1) { g!.DrawLine(new XPen(XColors.DimGray, 0.6), Margin, y - size * 0.4, PageWidth - Margin, y - size * 0.4); y += 4; }
    }

    public void Paragraph(string text, double size = 10)
    {
        foreach (var line in Wrap(text, size, TextWidth)) { EnsureRoom(size * 1.6); DrawText(line, Margin, y, size); y += size * 1.6; }
        y += size * 0.4;
    }

    public void Image(byte[] png, string caption, double widthFraction = 0.85)
    {
        using var image = XImage.FromStream(new MemoryStream(png));
        var w = TextWidth * widthFraction;
        var h = w * image.PixelHeight / image.PixelWidth;
        EnsureRoom(h + 24);
        g!.DrawImage(image, Margin + (TextWidth - w) / 2, y, w, h);
        y += h + 4;
        foreach (var line in Wrap(caption, 9, TextWidth)) { Center(line, 9); }
        y += 6;
    }

    /// <summary>A table; <paramref name="columns"/> are fractions of the text width, numeric columns align right.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> columns, IEnumerable<IReadOnlyList<string>> rows,
        ISet<int>? numeric = null, double size = 9)
    {
        var widthsPt = columns.Select(c => c * TextWidth).ToArray();
        var line = size * 1.45;
        EnsureRoom(line * 4);
        Row(headers, widthsPt, line, size, numeric, header: true);
        foreach (var row in rows)
        {
            var cells = row.Select((c, i) => Wrap(c, size, widthsPt[i] - CellPad * 2)).ToList();
            var offset = 0;
            var total = cells.Max(c => c.Count);
            while (offset < total)
            {
                var fit = (int)((PageHeight - Bottom - y - CellPad * 2) / line);
                if (fit < 1 || (offset == 0 && fit < Math.Min(total, 3)))
                {
                    NewPage();
                    Row(headers, widthsPt, line, size, numeric, header: true);
                    continue;
                }
                var take = Math.Min(fit, total - offset);
                DrawRow(cells.Select(c => (IReadOnlyList<string>)c.Skip(offset).Take(take).ToList()).ToList(), widthsPt, line, size, numeric, take, false);
                offset += take;
            }
        }
        y += 10;
    }

    public void Space(double points) => y += points;

    /// <summary>Writes the table of contents and footers, and returns the PDF.</summary>
    public byte[] Finish(string footer, string pageFormat)
    {
        g?.Dispose();
        g = null;
        if (contentsPage >= 0) WriteContents();
        for (var i = 1; i < doc.PageCount; i++)
        {
            using var pg = XGraphics.FromPdfPage(doc.Pages[i], XGraphicsPdfPageOptions.Append);
            var font = Font(8);
            var bottomY = doc.Pages[i].Height.Point - 30;
            pg.DrawString(footer, font, XBrushes.DimGray, new XPoint(Margin, bottomY));
            var number = string.Format(pageFormat, i + 1, doc.PageCount);
            var w = pg.MeasureString(number, font).Width;
            pg.DrawString(number, font, XBrushes.DimGray, new XPoint(doc.Pages[i].Width.Point - Margin - w, bottomY));
        }
        measure.Dispose();
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private void WriteContents()
    {
        using var pg = XGraphics.FromPdfPage(doc.Pages[contentsPage], XGraphicsPdfPageOptions.Append);
        var at = Margin + 30;
        foreach (var (text, level, page) in headings)
        {
            if (at > doc.Pages[contentsPage].Height.Point - Bottom) break;
            var size = level == 1 ? 11 : 10;
            var indent = level == 1 ? 0 : 16;
            var font = Font(size);
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var numberWidth = pg.MeasureString(number, font).Width;
            var label = Wrap(text, size, TextWidth - indent - 40).FirstOrDefault() ?? "";
            pg.DrawString(label, font, XBrushes.Black, new XPoint(Margin + indent, at + size));
            pg.DrawString(number, font, XBrushes.Black, new XPoint(Margin + TextWidth - numberWidth, at + size));
            at += size * 1.9;
        }
    }

    private void Row(IReadOnlyList<string> cells, double[] widthsPt, double line, double size, ISet<int>? numeric, bool header)
    {
        var wrapped = cells.Select((c, i) => Wrap(c, size, widthsPt[i] - CellPad * 2)).ToList();
        DrawRow(wrapped, widthsPt, line, size, numeric, wrapped.Max(c => c.Count), header);
    }

    private void DrawRow(List<IReadOnlyList<string>> cells, double[] widthsPt, double line, double size, ISet<int>? numeric, int lineCount, bool header)
    {
        var height = lineCount * line + CellPad * 2;
        var x = Margin;
        var pen = new XPen(XColors.Gray, 0.5);
        for (var i = 0; i < cells.Count; i++)
        {
            if (header) g!.DrawRectangle(new XSolidBrush(XColor.FromArgb(235, 235, 235)), x, y, widthsPt[i], height);
            g!.DrawRectangle(pen, x, y, widthsPt[i], height);
            var ty = y + CellPad;
            foreach (var text in cells[i])
            {
                var tx = x + CellPad;
                if (!header && numeric?.Contains(i) == true) tx = x + widthsPt[i] - CellPad - MeasureLine(text, size);
                DrawText(text, tx, ty, size, header);
                ty += line;
            }
            x += widthsPt[i];
        }
        y += height;
    }

    private IReadOnlyList<string> Wrap(string text, double size, double width) =>
        JapaneseLineBreaker.Break(text, width, c => CharWidth(c, size));

    private double MeasureLine(string text, double size) => text.Sum(c => CharWidth(c, size));

    /// <summary>Per-character widths, cached: measuring whole strings for every candidate break is quadratic.</summary>
    private double CharWidth(char c, double size)
    {
        if (!widths.TryGetValue(size, out var bySize)) widths[size] = bySize = [];
        if (bySize.TryGetValue(c, out var w)) return w;
        w = char.IsSurrogate(c) ? size * 0.5 : measure.MeasureString(c.ToString(), Font(size)).Width;
        return bySize[c] = w;
    }

    private void DrawText(string text, double x, double top, double size, bool bold = false)
    {
        if (text.Length == 0) return;
        g!.DrawString(text, Font(size, bold), XBrushes.Black, new XRect(x, top, PageWidth, size * 1.3), XStringFormats.TopLeft);
    }

    private void Center(string text, double size, bool bold = false)
    {
        var w = MeasureLine(text, size);
        DrawText(text, (PageWidth - w) / 2, y, size, bold);
        y += size * 1.7;
    }

    private void EnsureRoom(double height)
    {
        if (g is null || y + height > PageHeight - Bottom) NewPage();
    }

    private void NewPage()
    {
        g?.Dispose();
        var page = doc.AddPage();
        page.Size = PageSize.A4;
        g = XGraphics.FromPdfPage(page);
        y = Margin;
    }
}
