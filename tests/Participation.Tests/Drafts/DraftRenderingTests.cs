using Microsoft.Extensions.DependencyInjection;
using Participation.Drafts.Services;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Drafts;

public sealed class DraftRenderingTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    [Fact]
    public void Markdown_is_split_into_numbered_sections_and_ignores_headings_in_code()
    {
        var (intro, sections) = SectionSplitter.Split("前文\n\n## 目的\n本文1\n```\n## コード内\n```\n## 施策\n本文2");
        Assert.Equal("前文", intro);
        Assert.Equal(["目的", "施策"], sections.Select(s => s.Heading));
        Assert.Contains("## コード内", sections[0].Body);
    }

    [Fact]
    public async Task Hostile_html_never_reaches_the_rendered_draft_and_versions_keep_anchors()
    {
        using var scope = factory.Services.CreateScope();
        var drafts = scope.ServiceProvider.GetRequiredService<DraftService>();
        var draft = await drafts.CreateAsync("試験計画（案）", "試験課", null,
            "## 第1章\n<script>alert(1)</script>\n[リンク](javascript:alert(2))\n<img src=x onerror=alert(3)>\n\n## 第2章\n本文", default);
        await drafts.AddVersionAsync(draft.Id, "## 第1章\n修正後\n\n## 第2章\n本文", "修正", default);
        var v1 = (await drafts.GetAsync(draft.Id, 1))!;
        var html = string.Join("", v1.Sections.Select(s => s.Html));
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("onerror", html);
        var v2 = (await drafts.GetAsync(draft.Id))!;
        Assert.Equal(2, v2.VersionNumber);
        Assert.Equal(["section-1", "section-2"], v2.Sections.Select(s => s.Anchor));
        Assert.Contains("修正後", v2.Sections[0].Html);
    }
}
