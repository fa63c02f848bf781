using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Summaries.Models;
using Participation.Summaries.Services;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Summaries;

/// <summary>Weekly digests: staff edit the Liquid text with a preview; councillors choose wards; the job mails them.</summary>
public sealed class DigestTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Broken_template_gets_a_localised_error_and_keeps_the_typed_text()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("admin@demo.example");
        const string broken = "{% for r in opened %}{{ r.title }} 閉じ忘れ";
        var response = await client.PostFormAsync("/summaries/digest/template", "/summaries/digest/template",
            ("subject", "週報"), ("body", broken), ("action", "save"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("テンプレートに誤りがあります", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(broken).Replace("&#x3000;", "　"), html.Replace("&#x3000;", "　"));
        Assert.False(await factory.WithDbAsync(db => db.Set<DigestTemplate>().AnyAsync(x => x.Body == broken)));
    }

    [Fact]
    public async Task Preview_renders_sample_figures_and_strips_tags()
    {
        var client = factory.CreateBrowserClient();
        await client.SignInAsync("secretariat@demo.example");
        var response = await client.PostFormAsync("/summaries/digest/template", "/summaries/digest/template",
            ("subject", "週報 {{ period }}"), ("body", "<script>x</script>{% for r in opened %}案件：{{ r.title }}{% endfor %}"), ("action", "preview"));
        var html = await response.Content.ReadAsStringAsync();
        var preview = html[html.IndexOf("digest-preview", StringComparison.Ordinal)..];
        Assert.Contains("案件：みどり市地域公共交通計画（案）への意見募集", preview);
        Assert.DoesNotContain("script", preview[..preview.IndexOf("</pre>", StringComparison.Ordinal)]);
        // The typed text stays in the form, escaped.
        Assert.Contains("&lt;script&gt;x", html);
    }

    [Fact]
    public async Task Councillors_and_residents_cannot_edit_templates()
    {
        foreach (var login in new[] { "councillor@demo.example", "resident@demo.example" })
        {
            var client = factory.CreateBrowserClient();
            await client.SignInAsync(login);
            var response = await client.GetAsync("/summaries/digest/template");
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Councillor_subscribes_and_the_weekly_job_mails_the_saved_template()
    {
        var admin = factory.CreateBrowserClient();
        await admin.SignInAsync("admin@demo.example");
        var saved = await admin.PostFormAsync("/summaries/digest/template", "/summaries/digest/template",
            ("subject", "議員週報 {{ period }}"), ("body", "{{ councillor }} 様\n{% for r in closed %}締切：{{ r.title }}\n{% endfor %}{% for r in published %}公表：{{ r.title }}\n{% endfor %}"),
            ("action", "save"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var councillor = factory.CreateBrowserClient();
        await councillor.SignInAsync("councillor@demo.example");
        var response = await councillor.PostFormAsync("/summaries/digest", "/summaries/digest", ("enabled", "true"), ("topics", "子育て"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("子育て", await factory.WithDbAsync(db => db.Set<DigestSubscription>().Select(s => s.Topics).SingleAsync()));

        var before = Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder).Length : 0;
        using var scope = factory.Services.CreateScope();
        var sent = await scope.ServiceProvider.GetRequiredService<DigestJob>().RunAsync(CancellationToken.None);
        Assert.Equal(1, sent);
        var mails = Directory.GetFiles(factory.MailFolder).OrderBy(File.GetCreationTimeUtc).ToList();
        Assert.Equal(before + 1, mails.Count);
        var text = DecodeMail(mails[^1]);
        Assert.Contains("締切：北区子育て支援施設整備計画（案）への意見募集", text);
        Assert.DoesNotContain("交通", text);
        Assert.Contains("議員週報", text);
    }

    private static string DecodeMail(string path)
    {
        var message = MimeKit.MimeMessage.Load(path);
        return message.Subject + "\n" + message.TextBody;
    }
}
