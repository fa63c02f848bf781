using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Participation.Committees.Models;
using Participation.Tests.Infrastructure;
using static Participation.Tests.Committees.SecretariatTestSupport;

namespace Participation.Tests.Committees;

public class PoolImportTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    static PoolImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private async Task<string> UploadAsync(HttpClient client, int rid, byte[] bytes, string fileName)
    {
        var page = await client.GetStringAsync($"/staff/recruitments/{rid}/import");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(HtmlForms.Token(page)), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        var response = await client.PostAsync($"/staff/recruitments/{rid}/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Shift_jis_csv_keeps_good_rows_and_reports_each_bad_row_with_its_reason()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(Secretariat);
        var rid = await RecruitmentIdAsync(factory, "環境審議会");
        const string csv = "氏名,メール,年齢,性別,区,職業,世帯番号\r\n"
            + "東 一子,ichiko@example.jp,34,女性,東区,会社員,H1\r\n"
            + "西 二郎,,abc,男性,西区,自営業,H2\r\n"
            + "北 三恵,mie@example.jp,71,女性,北区,無職・退職,H3\r\n"
            + "南 四朗,shiro@example.jp,15,男性,南区,学生,H4\r\n"
            + "中 五月,satsuki@example.jp,45,女性,港区,会社員,H5\r\n";
        var html = await UploadAsync(client, rid, Encoding.GetEncoding(932).GetBytes(csv), "応諾者.csv");
        Assert.Contains("2人を取り込みました。取り込めなかった行: 3行", html);
        Assert.Contains("年齢「abc」は数字ではありません。", html);
        Assert.Contains("15歳は応募資格の年齢（18歳以上）に達していません。", html);
        Assert.Contains("区「港区」は市の区の名前ではありません。", html);
        Assert.Matches("<td class=\"num\">3</td><td>年齢</td>", html);
        var imported = await factory.WithDbAsync(db => db.Set<Application>().Include(a => a.Contact)
            .Where(a => a.RecruitmentId == rid && a.Source == ApplicationSource.Invitation).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["東 一子", "北 三恵"], imported.Select(a => a.Contact!.Name));
        Assert.Equal(("女性", "70-", "北区", "H3"), (imported[1].Gender, imported[1].AgeBand, imported[1].Ward, imported[1].Household));
    }

    [Fact]
    public async Task Xlsx_and_utf8_bom_csv_are_read()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync(Secretariat);
        var rid = await RecruitmentIdAsync(factory, "地域公共交通会議");
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("回答");
        string[][] rows = [["氏名", "年齢", "性別", "区"], ["緑 六花", "29", "女性", "緑が丘区"], ["", "", "", ""], ["青 七海", "", "女性", "中央区"]];
        for (var r = 0; r < rows.Length; r++) for (var c = 0; c < 4; c++) sheet.Cell(r + 1, c + 1).SetValue(rows[r][c]);
        using var ms = new MemoryStream();
        book.SaveAs(ms);
        var html = await UploadAsync(client, rid, ms.ToArray(), "pool.xlsx");
        Assert.Contains("1人を取り込みました。取り込めなかった行: 1行", html);
        Assert.Contains("<td class=\"num\">4</td>", html);

        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("name,age,gender,ward\n白 八重,58,女性,西区\n")).ToArray();
        Assert.Contains("1人を取り込みました。取り込めなかった行: 0行", await UploadAsync(client, rid, bom, "pool.csv"));
        Assert.True(await factory.WithDbAsync(db => db.Set<ApplicantContact>().AnyAsync(c => c.Name == "白 八重")));
    }
}
