using System.Text;
using Participation.Core.Text;

namespace Participation.Tests.Foundation;

public sealed class CsvTests
{
    [Fact]
    public void Round_trips_quotes_commas_and_line_breaks()
    {
        string[][] rows = [["意見", "数"], ["公園に\"遊具\"を、増やして", "3"], ["一行目\r\n二行目", ""]];
        var back = Csv.Parse(Encoding.UTF8.GetString(Csv.ToBytes(rows)));
        Assert.Equal(rows, back);
    }

    [Fact]
    public void Files_for_excel_start_with_a_bom_and_shift_jis_has_none()
    {
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, Csv.ToBytes([["a"]])[..3]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sjis = Encoding.GetEncoding(932);
        var bytes = Csv.ToBytes([["区"]], sjis);
        Assert.Equal("区\r\n", sjis.GetString(bytes));
    }

    [Fact]
    public void Formulas_are_neutralised_only_when_asked_and_numbers_stay()
    {
        Assert.Equal("'=SUM(A1)", Csv.Quote("=SUM(A1)", guardFormulas: true));
        Assert.Equal("-12.5", Csv.Quote("-12.5", guardFormulas: true));
        Assert.Equal("=SUM(A1)", Csv.Quote("=SUM(A1)"));
    }

    [Fact]
    public void Parse_drops_the_bom_and_accepts_lf_or_crlf()
    {
        var rows = Csv.Parse("\uFEFFid,text\n1,あ\r\n2,\"い,う\"");
        Assert.Equal(["id", "text"], rows[0]);
        Assert.Equal(["2", "い,う"], rows[2]);
    }
}
