using Microsoft.Extensions.Localization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Participation.Consultations.Models;
using Participation.Core.Text;
using Participation.Core.Time;
using Participation.Drafts.Services;

namespace Participation.Consultations.Exports;

/// <summary>
/// The paper form (意見提出用紙) of a round, for counters and mail-outs: the same questions as the web form
/// (submitter category, the personal fields the round asks for, the sections to comment on, each with
/// ruled space), how and by when to return it, and the purpose-of-use notice. A4, IPAex Gothic.
/// </summary>
public sealed class PaperFormPdf(IStringLocalizer t)
{
    private const double Margin = 48, Bottom = 56, Line = 24;
    private PdfDocument doc = null!;
    private XGraphics? g;
    private double y;

    public byte[] Write(ConsultationRound round, DraftView? draft, IReadOnlyList<string> wardNames)
    {
        Participation.Core.Pdf.JapanesePdfFonts.Ensure();
        doc = new PdfDocument();
        doc.Info.Title = round.Title + " " + t["PaperForm.Title"].Value;
        NewPage();
        Text(t["PaperForm.Title"], 16, center: true);
        Wrap(round.Title, 12);
        Wrap(t["PaperForm.Deadline", JapaneseDate.ToWareki(DateOnly.FromDateTime(TokyoTime.ToTokyo(round.ClosesAt)))], 10);
        y += 6;

        Heading(t["Submit.Category"] + Mark(true));
        var categories = Enum.GetValues<SubmitterCategory>().Where(round.Accepts).Select(c => "□ " + t["Category." + c].Value);
        Wrap(string.Join("　", categories), 10);
        Heading(t["PaperForm.AboutYou"]);
        Field(t["Submit.Name"] + Mark(round.RequireName));
        Field(t["Submit.Address"] + Mark(round.RequireAddress));
        Field(t["PaperForm.Contact"] + Mark(round.RequireContact));
        if (wardNames.Count > 0) Wrap(t["Submit.Ward"] + Mark(false) + "　" + string.Join("　", wardNames.Select(w => "□ " + w)), 10);

        Heading(t["PaperForm.Opinions"]);
        Wrap(t["PaperForm.OpinionsHint"], 9);
        foreach (var s in draft?.Sections ?? [])
        {
            Wrap($"{s.Number}. {s.Heading}", 10);
            Ruled(3);
        }
        Wrap(t["Submit.General"], 10);
        Ruled(5);

        Heading(t["PaperForm.Return"]);
        Wrap(t["PaperForm.ReturnTo", round.SubmitTo ?? round.Department], 10);
        Wrap(t["PaperForm.ReturnWays"], 10);
        Heading(t["PaperForm.Purpose"]);
        Wrap(round.PurposeNotice, 9);

        for (var i = 0; i < doc.PageCount; i++)
        {
            if (i == doc.PageCount - 1) { g?.Dispose(); g = null; }
            using var pg = XGraphics.FromPdfPage(doc.Pages[i], XGraphicsPdfPageOptions.Append);
            var label = $"{i + 1} / {doc.PageCount}";
            pg.DrawString(label, Font(8), XBrushes.DimGray, new XPoint(doc.Pages[i].Width.Point - Margin - 30, doc.Pages[i].Height.Point - 28));
        }
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }

    private string Mark(bool required) => "（" + t[required ? "Submit.Required" : "Submit.Optional"].Value + "）";

    private static XFont Font(double size) => new(Participation.Core.Pdf.JapanesePdfFonts.Family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private double Width => doc.Pages[^1].Width.Point - Margin * 2;

    private void Heading(string text)
    {
        Room(Line * 3);
        y += 8;
        Text(text, 12);
        g!.DrawLine(new XPen(XColors.Black, 0.8), Margin, y - 6, Margin + Width, y - 6);
    }

    private void Field(string label)
    {
        Room(Line * 1.5);
        Text(label, 10);
        g!.DrawLine(new XPen(XColors.Gray, 0.5), Margin, y + 10, Margin + Width, y + 10);
        y += Line * 0.7;
    }

    private void Ruled(int lines)
    {
        for (var i = 0; i < lines; i++)
        {
            Room(Line);
            y += Line;
            g!.DrawLine(new XPen(XColors.Gray, 0.5), Margin, y, Margin + Width, y);
        }
        y += 10;
    }

    /// <summary>Wraps by measured width; a closing 、。」） stays on the line before (simple 禁則).</summary>
    private void Wrap(string text, double size)
    {
        if (g is null) NewPage();
        var line = "";
        foreach (var ch in text.Replace("\r", "").Replace("\n", ""))
        {
            if (g!.MeasureString(line + ch, Font(size)).Width > Width && !"、。」）".Contains(ch)) { Text(line, size); line = ""; }
            line += ch;
        }
        Text(line, size);
    }

    private void Text(string text, double size, bool center = false)
    {
        Room(size * 1.7);
        var x = center ? Margin + (Width - g!.MeasureString(text, Font(size)).Width) / 2 : Margin;
        g!.DrawString(text, Font(size), XBrushes.Black, new XRect(x, y, Width, size * 1.4), XStringFormats.TopLeft);
        y += size * 1.7;
    }

    private void Room(double height)
    {
        if (g is null || y + height > doc.Pages[^1].Height.Point - Bottom) NewPage();
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
