using Participation.Consultations.Services.Staff;

namespace Participation.Tests.Consultations.FollowUp;

public sealed class MaskAlignmentTests
{
    [Fact]
    public void Each_mask_covers_the_words_between_its_neighbours_in_the_original()
    {
        var spans = MaskAlignment.Align("山田太郎です。電話は090-1234-5678まで。", "［氏名］です。電話は［電話番号］まで。");
        Assert.Equal(["山田太郎", "090-1234-5678"], spans.Select(s => s.Original));
        Assert.Equal([0, 10], spans.Select(s => s.Start));
    }

    [Fact]
    public void Masks_side_by_side_or_an_edited_text_cannot_be_told_apart()
    {
        var adjacent = MaskAlignment.Align("東京都中央区1-2-3山田太郎より", "［住所］［氏名］より");
        Assert.All(adjacent, s => Assert.Null(s.Original));
        var edited = MaskAlignment.Align("山田太郎です。よろしく。", "［氏名］でございます。");
        Assert.Null(Assert.Single(edited).Original);
        Assert.Empty(MaskAlignment.Align("マスクなし", "マスクなし"));
    }

    [Fact]
    public void A_chosen_kind_gives_its_mask_and_anything_else_the_generic_one()
    {
        Assert.Equal("［電話番号］", MaskAlignment.MaskFor("phone"));
        Assert.Equal("［個人情報］", MaskAlignment.MaskFor("Other"));
        Assert.Equal("［個人情報］", MaskAlignment.MaskFor("3"));
        Assert.Equal("［個人情報］", MaskAlignment.MaskFor(null));
    }
}
