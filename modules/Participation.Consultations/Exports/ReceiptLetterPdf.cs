using PdfSharp.Pdf;
using Participation.Consultations.Models;
using Participation.Consultations.ViewModels;

namespace Participation.Consultations.Exports;

/// <summary>
/// 受付票: the letter staff print and send or hand over for a paper, FAX, phone or counter submission.
/// The addressee's name appears only when the caller passes it (staff allowed to see personal data).
/// </summary>
public static class ReceiptLetterPdf
{
    public static byte[] Write(ConsultationRound round, Submission submission, string? addressee, string channelLabel, DateTime printedAt)
    {
        Participation.Core.Pdf.JapanesePdfFonts.Ensure();
        var doc = new PdfDocument();
        doc.Info.Title = $"受付票 {submission.ReceiptNumber}";
        var w = new PdfExport.PageWriter(doc);
        w.Line($"{TokyoDates.Day(printedAt)}", 10);
        if (!string.IsNullOrWhiteSpace(addressee)) w.Line($"{addressee} 様", 12);
        w.Line("", 8);
        w.Line("意見募集 受付票", 16);
        w.Line("", 8);
        w.Wrap($"「{round.Title}」へのご意見を次のとおり受け付けました。ご協力ありがとうございます。", 10);
        w.Line("", 6);
        w.Line($"受付番号：{submission.ReceiptNumber}", 14);
        w.Line($"受付日：{TokyoDates.Day(submission.ReceivedAt)}", 11);
        w.Line($"提出方法：{channelLabel}", 11);
        w.Line($"意見の数：{submission.Opinions.Count}件", 11);
        w.Line($"募集期間：{TokyoDates.DayTime(round.OpensAt)} ～ {TokyoDates.DayTime(round.ClosesAt)}", 10);
        w.Line("", 6);
        w.Wrap("お問い合わせの際は受付番号をお知らせください。いただいたご意見に対する市の考え方は、結果公表の際に" +
               "市のウェブサイト（意見募集の結果のページ）でお知らせします。個人情報は公表しません。", 10);
        w.Line("", 6);
        w.Wrap($"担当：{round.Department}", 10);
        if (!string.IsNullOrWhiteSpace(round.SubmitTo)) w.Wrap($"提出先：{round.SubmitTo}", 10);
        using var ms = new MemoryStream();
        doc.Save(ms, false);
        return ms.ToArray();
    }
}
