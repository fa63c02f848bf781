using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Audit;
using Participation.Core.Data;
using Participation.Core.Localization;
using Participation.Core.Markdown;
using Participation.Tests.Infrastructure;
using Participation.Web.Logging;

namespace Participation.Tests.Foundation;

public sealed class CoreServicesTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var entry = new AuditEntry { At = DateTime.UtcNow, Action = "test.done", EntityType = "test", EntityId = "1" };
        db.Add(entry);
        await db.SaveChangesAsync();
        entry.Action = "test.tampered";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.Entry(entry).State = EntityState.Deleted;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void Every_string_exists_in_japanese_and_english()
    {
        var catalog = factory.Services.GetRequiredService<TextCatalog>();
        var ja = catalog.Keys("ja").ToHashSet();
        var en = catalog.Keys("en").ToHashSet();
        Assert.Empty(ja.Except(en));
        Assert.Empty(en.Except(ja));
        Assert.True(ja.Count > 100, $"only {ja.Count} strings");
        Assert.All(ja, k => Assert.False(string.IsNullOrWhiteSpace(catalog.Find(k, "ja"))));
    }

    [Fact]
    public void Markdown_is_rendered_without_scripts_handlers_or_javascript_links()
    {
        var md = factory.Services.GetRequiredService<IMarkdownRenderer>();
        var html = md.ToSafeHtml("# 見出し\n\n<script>alert(1)</script>\n\n[押して](javascript:alert(1)) <img src=x onerror=alert(1)> **強調**");
        Assert.Contains("<h1", html);
        Assert.Contains("<strong>強調</strong>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("onerror", html);
        var limited = md.ToSafeHtmlLimited("# 見出し\n<b onclick=x>太字</b> [site](https://example.jp)");
        Assert.DoesNotContain("<h1", limited);
        Assert.DoesNotContain("<b onclick", limited);
        Assert.Contains("&lt;b onclick", limited);   // shown as text, never as markup
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", limited);
    }

    [Fact]
    public void Log_scrubber_masks_mail_and_phone()
    {
        var scrubbed = PersonalDataScrubber.Scrub("user taro@example.jp called from 090-1234-5678");
        Assert.DoesNotContain("taro@example.jp", scrubbed);
        Assert.DoesNotContain("1234-5678", scrubbed);
        Assert.Equal("round 12 opened", PersonalDataScrubber.Scrub("round 12 opened"));
    }

    [Fact]
    public async Task Sqlite_runs_in_wal_mode_under_the_configured_app_data()
    {
        var mode = await factory.WithDbAsync(async db =>
        {
            await using var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            return (string?)await command.ExecuteScalarAsync();
        });
        Assert.Equal("wal", mode);
        Assert.True(File.Exists(Path.Combine(factory.AppData, "participation.db")));
    }
}
