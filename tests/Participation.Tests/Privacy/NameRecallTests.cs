using Participation.Core.Privacy;
using Xunit;

namespace Participation.Tests.Privacy;

/// <summary>Names written without a cue word, in spaced, kana and romaji forms, and the ordinary words that must stay.</summary>
public class NameRecallTests
{
    private static readonly JapaneseRedactor Redactor = new();

    [Theory]
    [InlineData("地震の教訓も生かすべきです。\n青山 晃", "青山")]
    [InlineData("道筋を付けること。\n加納和也", "加納")]
    [InlineData("ご検討をお願いします。\n山田太郎", "山田")]
    [InlineData("以上\n佐藤　花子", "佐藤")]
    [InlineData("計画なのではありませんか。\n（青田智也）", "青田")]
    [InlineData("同様です。） （西之園　真綾）", "真綾")]
    [InlineData("賛同します。　藤枝 ひろゆき", "ひろゆき")]
    [InlineData("奥田二丁目30番9号\n吉本七夏\n36 頁", "七夏")]
    public void Bare_signature_names_at_the_end_of_a_line(string input, string part) =>
        Assert.DoesNotContain(part, Redactor.Redact(input));

    [Theory]
    [InlineData("田辺　くみ子と申します。", "［氏名］と申します。")]
    [InlineData("隣に住む高橋さゆりさんのお宅でも", "隣に住む［氏名］さんのお宅でも")]
    [InlineData("近所の早瀬かおるさんと話しました", "近所の［氏名］さんと話しました")]
    [InlineData("斉藤あすか（19歳・看護師）より", "［氏名］（［生年月日］・看護師）より")]
    [InlineData("担当のなかつがわさん（080-2720-1234）", "担当の［氏名］さん（［電話番号］）")]
    [InlineData("合同会社グリーンデザイン 宮沢 洋介（TEL 090-1111-2222）", "合同会社グリーンデザイン ［氏名］（TEL ［電話番号］）")]
    [InlineData("連絡先：053(391)1830（大垣）", "連絡先：［電話番号］（［氏名］）")]
    [InlineData("田中議員の発言について", "［氏名］議員の発言について")]
    public void Names_split_by_a_space_or_written_in_kana_after_a_kanji_family(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("氏名 Rika Yamada\n生年月日 1974年1月2日", "Yamada")]
    [InlineData("https://www.env.go.jp/policy/\nMai Murayama", "Murayama")]
    [InlineData("以上\nYAMADA Taro", "YAMADA")]
    [InlineData("市内で農業を営むTakumi Shimizuです。", "Shimizu")]
    [InlineData("代表　Sakura Kobayashi", "Kobayashi")]
    public void Romanised_names_in_either_order(string input, string part) =>
        Assert.DoesNotContain(part, Redactor.Redact(input));

    [Theory]
    [InlineData("書き直した文章です。")]
    [InlineData("書き直した意見です。")]
    [InlineData("終わらせる意図のようです。")]
    [InlineData("自己採点可能な様にし、評価を見える化する")]
    [InlineData("基本計画に明記されている様な予防原則では動かない")]
    [InlineData("ありがとうございます。おかげさまで、我が国の汚水処理は")]
    [InlineData("用いないことを明記すべきです。")]
    [InlineData("市民の会としての意見です。\n生物多様性の保全")]
    [InlineData("連絡先：03-1234-5678（平日のみ）")]
    [InlineData("Green Design Tokyo")]
    public void Ordinary_words_in_name_positions_stay(string input)
    {
        var output = Redactor.Redact(input);
        Assert.DoesNotContain("［氏名］", output);
    }

    [Fact]
    public void Masking_a_given_name_next_to_a_family_name_is_stable_when_redacted_again()
    {
        var once = Redactor.Redact("田辺　くみ子と申します。\n（田辺　くみ子）");
        Assert.DoesNotContain("田辺", once);
        Assert.Equal(once, Redactor.Redact(once));
    }

    [Theory]
    [InlineData("pii-dev.csv")]
    [InlineData("env-basic-plan-pubcom.csv")]
    [InlineData("kouchou-ai-sample-comments.csv")]
    public void Redacting_twice_changes_nothing_over_a_whole_dataset(string file)
    {
        var path = Path.Combine(DatasetsFolder(), file);
        var rows = Participation.Core.Text.Csv.Parse(File.ReadAllText(path)).ToList();
        var text = Array.IndexOf(rows[0], "text");
        var unstable = rows.Skip(1).Where(r => r.Length > text)
            .Select(r => Redactor.Redact(r[text])).Where(once => Redactor.Redact(once) != once).ToList();
        Assert.Empty(unstable);
    }

    private static string DatasetsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Participation.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "..", "shared", "datasets");
    }
}
