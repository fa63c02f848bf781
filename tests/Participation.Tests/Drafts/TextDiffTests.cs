using Participation.Drafts.Services.Diff;

namespace Participation.Tests.Drafts;

public sealed class TextDiffTests
{
    private static string Render(IReadOnlyList<DiffPiece> pieces) => string.Concat(pieces.Select(p => p.Kind switch
    {
        DiffKind.Inserted => $"[+{p.Text}]",
        DiffKind.Deleted => $"[-{p.Text}]",
        _ => p.Text,
    }));

    [Fact]
    public void Japanese_text_is_compared_character_by_character_within_a_changed_line()
    {
        var pieces = TextDiff.Compare("公園の遊具を更新します。\n予算は年度内に執行します。\n", "公園の遊具を計画的に更新します。\n予算は年度内に執行します。\n");
        Assert.Equal("公園の遊具を[+計画的に]更新します。\n予算は年度内に執行します。\n", Render(pieces));
    }

    [Fact]
    public void Inserted_and_deleted_lines_are_marked_and_the_pieces_rebuild_both_texts()
    {
        const string before = "第一条　目的\n第二条　定義\n第三条　罰則\n";
        const string after = "第一条　目的\n第二条　用語の定義\n第二条の二　基本理念\n";
        var pieces = TextDiff.Compare(before, after);
        Assert.Equal(before, string.Concat(pieces.Where(p => p.Kind != DiffKind.Inserted).Select(p => p.Text)));
        Assert.Equal(after, string.Concat(pieces.Where(p => p.Kind != DiffKind.Deleted).Select(p => p.Text)));
        Assert.Contains(pieces, p => p.Kind == DiffKind.Deleted && p.Text.Contains("罰則"));
        Assert.Contains(pieces, p => p.Kind == DiffKind.Inserted && p.Text.Contains("基本理念"));
    }

    [Fact]
    public void Identical_texts_have_no_changes_and_surrogate_pairs_stay_whole()
    {
        Assert.False(TextDiff.HasChanges(TextDiff.Compare("同じ文章です。", "同じ文章です。")));
        var pieces = TextDiff.Compare("𠮷野家の前", "𠮷田家の前");
        Assert.Equal("𠮷[-野][+田]家の前", Render(pieces));
    }
}
