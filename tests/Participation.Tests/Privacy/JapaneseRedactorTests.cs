using Participation.Core.Privacy;
using Xunit;

namespace Participation.Tests.Privacy;

public class JapaneseRedactorTests
{
    private static readonly JapaneseRedactor Redactor = new();

    [Theory]
    [InlineData("連絡先：03-1234-5678 まで", "連絡先：［電話番号］ まで")]
    [InlineData("TEL (03)1234-5678", "TEL ［電話番号］")]
    [InlineData("TEL 03(1234)5678", "TEL ［電話番号］")]
    [InlineData("携帯 09012345678", "携帯 ［電話番号］")]
    [InlineData("フリーダイヤル 0120-612-706", "フリーダイヤル ［電話番号］")]
    [InlineData("電話 ０９０－１１８２－３２７０", "電話 ［電話番号］")]
    [InlineData("（080）8177-4261に", "［電話番号］に")]
    public void Phones(string input, string expected) => Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("メール：taro.yamada@example.jp まで", "メール：［メール］ まで")]
    [InlineData("hanako＠ocn.ne.jp", "［メール］")]
    [InlineData("taro (at) example.com", "［メール］")]
    [InlineData("taro at example dot com", "［メール］")]
    public void Emails(string input, string expected) => Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("〒192-0625 です", "〒［郵便番号］ です")]
    [InlineData("郵便番号：５６１－２５８８", "郵便番号：［郵便番号］")]
    [InlineData("〒1929957", "〒［郵便番号］")]
    public void PostalCodes(string input, string expected) => Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("神奈川県川崎市中原区小杉町二丁目14番22号 小杉町団地7号棟 109号室に住んでおります。")]
    [InlineData("住所：大阪府豊中市岡町北１丁目１９番９号 岡町北団地1号棟4階")]
    [InlineData("滋賀県大津市浜大津3-11-20")]
    [InlineData("練馬区大泉学園町665-28 フォレストメゾンB2階の近く")]
    [InlineData("兵庫県姫路市白銀町２９６５番地の１５")]
    public void AddressesDownToTheRoom(string input)
    {
        var output = Redactor.Redact(input);
        Assert.Contains("［住所］", output);
        Assert.DoesNotMatch("[0-9０-９]", output);
        Assert.DoesNotContain("丁目", output);
    }

    [Theory]
    [InlineData("藤本里佳と申します。", "［氏名］と申します。")]
    [InlineData("田中と申します。", "［氏名］と申します。")]
    [InlineData("近所の野村篤司さん宅", "近所の［氏名］さん宅")]
    [InlineData("市役所環境課のなかむら様に相談", "市役所環境課の［氏名］様に相談")]
    [InlineData("娘の直子ちゃんが通う保育園", "娘の［氏名］ちゃんが通う保育園")]
    [InlineData("■氏名：いとう ゆい\n■所属：研究会", "■氏名：［氏名］\n■所属：研究会")]
    [InlineData("里山保全ネットワーク代表 佐藤花子\n", "里山保全ネットワーク代表 ［氏名］\n")]
    [InlineData("タナカ　ミキと申します。", "［氏名］と申します。")]
    [InlineData("合同会社グリーンデザイン代表 Kondo Chiyo\n", "合同会社グリーンデザイン代表 ［氏名］\n")]
    [InlineData("自治会長の西之園直子氏によれば", "自治会長の［氏名］氏によれば")]
    public void Names(string input, string expected) => Assert.Equal(expected, Redactor.Redact(input));

    [Fact]
    public void SignatureNameAfterAnAddressAndEveryRepeatOfIt()
    {
        var output = Redactor.Redact("小泉と申します。意見です。\n〒120-5152　東京都足立区千住2-6-2　小泉 晃");
        Assert.DoesNotContain("小泉", output);
        Assert.DoesNotContain("晃", output);
    }

    [Theory]
    [InlineData("村山 さゆり（平成5年12月4日生）", "平成5年12月4日")]
    [InlineData("昭和10年3月10日生まれの江古田です。", "昭和10年3月10日")]
    [InlineData("生年月日：1974年11月22日", "1974年11月22日")]
    [InlineData("練馬区在住、山口　香織（66歳）です。", "66歳")]
    public void BirthDatesAndAgesOfAPerson(string input, string birth)
    {
        var output = Redactor.Redact(input);
        Assert.DoesNotContain(birth, output);
        Assert.Contains("［生年月日］", output);
    }

    [Fact]
    public void IndividualNumbersWithALabelOrAValidCheckDigit()
    {
        Assert.True(IdNumberRecognizerCheck("123456789018"));
        Assert.False(IdNumberRecognizerCheck("123456789012"));
        Assert.Equal("個人番号：［個人番号］", Redactor.Redact("個人番号：1031-3197-1234"));
        Assert.Equal("番号 ［個人番号］ です", Redactor.Redact("番号 1234 5678 9018 です"));
    }

    private static bool IdNumberRecognizerCheck(string digits) =>
        Participation.Core.Privacy.Recognizers.IdNumberRecognizer.IsValidCheckDigit(digits);

    [Theory]
    [InlineData("P4 L6 の記述について、2030年度までに環境省が対応すべきです。")]
    [InlineData("東京都の計画（令和4年6月7日閣議決定）を踏まえ、環境大臣に求めます。")]
    [InlineData("ご担当者様\n関係者の皆様へ。65歳以上の高齢者と18歳未満の子どもに配慮を。")]
    [InlineData("詳しくは https://www.env.go.jp/policy/kihon_keikaku/ を参照。")]
    [InlineData("第2章 重点戦略 P106(6)の 20-21 行では、循環型社会形成推進基本法第15条とある。")]
    [InlineData("私は大学生です。たくさんの皆さんに読んでほしい。")]
    public void OrdinaryTextStays(string input) => Assert.Equal(input, Redactor.Redact(input));

    [Fact]
    public void FullWidthAndHalfWidthGiveTheSameMasks()
    {
        Assert.Equal(Redactor.Redact("TEL 090-1234-5678"), Redactor.Redact("TEL ０９０－１２３４－５６７８"));
        Assert.Equal(Redactor.Redact("〒100-0001"), Redactor.Redact("〒１００－０００１"));
    }

    [Fact]
    public void OverlappingDetectionsBecomeOneMaskAndMasksNeverNest()
    {
        var text = "個人番号：1234 5678 9018\n連絡先（伊藤）０６－２３４７－４１３０ ito＠example.jp";
        var spans = Redactor.Detect(text);
        Assert.All(spans.Zip(spans.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
        var output = Redactor.Redact(text);
        Assert.DoesNotContain("［［", output);
        Assert.DoesNotContain("］］", output);
        Assert.Contains("［個人番号］", output);
        Assert.Contains("［電話番号］", output);
        Assert.Contains("［メール］", output);
    }

    [Fact]
    public void RedactingTwiceChangesNothingAndOwnBracketsStay()
    {
        var text = "［P66  7 行］について。山田太郎と申します。東京都足立区千住2-6-2、TEL 03-1234-5678、taro@example.jp、〒120-5152";
        var once = Redactor.Redact(text);
        Assert.StartsWith("［P66  7 行］", once);
        Assert.Equal(once, Redactor.Redact(once));
    }

    [Fact]
    public void WorksWithoutMeCab()
    {
        var fallback = new JapaneseRedactor(useMeCab: false);
        var output = fallback.Redact("田中花子と申します。TEL 03-1234-5678");
        Assert.Equal("［氏名］と申します。TEL ［電話番号］", output);
    }
}
