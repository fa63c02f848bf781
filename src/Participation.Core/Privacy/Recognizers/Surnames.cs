using System.Collections.Frozen;

namespace Participation.Core.Privacy.Recognizers;

/// <summary>
/// About 380 of the commonest Japanese family names with their readings, written for this project from
/// general knowledge (surname frequency is a public fact; no list was copied). They let a name stand
/// without a cue word when it is shaped like family + given name (高橋さゆり, ヤマギシ マアヤ, Ito Ken),
/// and MeCab's own 人名,姓 entries cover far more. Kana and romaji forms come from the readings.
/// </summary>
internal static class Surnames
{
    private const string Source = ""
        + "佐藤さとう 鈴木すずき 高橋たかはし 田中たなか 伊藤いとう 渡辺わたなべ 渡邊わたなべ 渡邉わたなべ 山本やまもと 中村なかむら 小林こばやし 加藤かとう 吉田よしだ 山田やまだ 佐々木ささき "
        + "山口やまぐち 松本まつもと 井上いのうえ 木村きむら 斎藤さいとう 斉藤さいとう 齋藤さいとう 齊藤さいとう 清水しみず 山崎やまざき 山﨑やまざき 森田もりた 池田いけだ 橋本はしもと 阿部あべ "
        + "石川いしかわ 山下やました 中島なかじま 中嶋なかじま 石井いしい 小川おがわ 前田まえだ 岡田おかだ 長谷川はせがわ 藤田ふじた 後藤ごとう 近藤こんどう 村上むらかみ 遠藤えんどう 青木あおき "
        + "坂本さかもと 福田ふくだ 太田おおた 西村にしむら 藤井ふじい 金子かねこ 岡本おかもと 藤原ふじわら 中野なかの 三浦みうら 原田はらだ 中川なかがわ 松田まつだ 竹内たけうち 小野おの 田村たむら "
        + "中山なかやま 和田わだ 石田いしだ 森本もりもと 上田うえだ 原口はらぐち 柴田しばた 酒井さかい 工藤くどう 横山よこやま 宮崎みやざき 宮本みやもと 内田うちだ 高木たかぎ 安藤あんどう "
        + "島田しまだ 谷口たにぐち 大野おおの 高田たかだ 丸山まるやま 今井いまい 河野こうの 藤本ふじもと 村田むらた 武田たけだ 上野うえの 杉山すぎやま 増田ますだ 小山こやま 大塚おおつか 平野ひらの "
        + "菅原すがわら 久保くぼ 松井まつい 千葉ちば 岩崎いわさき 桜井さくらい 木下きのした 野口のぐち 松尾まつお 菊地きくち 菊池きくち 野村のむら 新井あらい 渡部わたなべ 佐野さの 大西おおにし "
        + "杉本すぎもと 浜田はまだ 濱田はまだ 市川いちかわ 菅野かんの 古川ふるかわ 水野みずの 小島こじま 西田にしだ 桑原くわはら 小松こまつ 吉川よしかわ 山内やまうち 飯田いいだ 北村きたむら "
        + "田口たぐち 中田なかた 小池こいけ 高野たかの 大久保おおくぼ 辻つじ 川口かわぐち 松下まつした 服部はっとり 永井ながい 岩田いわた 福島ふくしま 安田やすだ 本田ほんだ 荒木あらき 西川にしかわ "
        + "川村かわむら 中西なかにし 五十嵐いがらし 関せき 堀ほり 原はら 森もり 林はやし 東ひがし 秋山あきやま 星ほし 土屋つちや 片山かたやま 須藤すどう 石原いしはら 大橋おおはし 吉村よしむら "
        + "南みなみ 川上かわかみ 岡崎おかざき 松岡まつおか 浅野あさの 望月もちづき 熊谷くまがい 小田おだ 田辺たなべ 田邊たなべ 大谷おおたに 平田ひらた 内藤ないとう 堀内ほりうち 松村まつむら "
        + "中井なかい 小西こにし 岡村おかむら 山根やまね 西山にしやま 吉岡よしおか 黒田くろだ 川崎かわさき 今村いまむら 大島おおしま 大川おおかわ 上原うえはら 樋口ひぐち 三宅みやけ 吉野よしの "
        + "宮田みやた 宮下みやした 大石おおいし 野田のだ 菅すが 横田よこた 岩本いわもと 荒井あらい 高山たかやま 松浦まつうら 小沢おざわ 小澤おざわ 富田とみた 栗原くりはら 島崎しまざき 武藤むとう "
        + "中谷なかたに 関口せきぐち 北川きたがわ 川田かわだ 小泉こいずみ 白石しらいし 佐久間さくま 平井ひらい 西尾にしお 奥村おくむら 足立あだち 岡おか 広瀬ひろせ 廣瀬ひろせ 石橋いしばし "
        + "小倉おぐら 福井ふくい 大森おおもり 千田ちだ 永田ながた 篠原しのはら 斎木さいき 松川まつかわ 竹田たけだ 竹中たけなか 小野寺おのでら 佐伯さえき 土井どい 大山おおやま 川端かわばた "
        + "東田ひがしだ 西原にしはら 北野きたの 南部なんぶ 新田にった 根本ねもと 相馬そうま 矢野やの 三上みかみ 野崎のざき 堤つつみ 片岡かたおか 田島たじま 田代たしろ 河合かわい 川島かわしま "
        + "杉浦すぎうら 水谷みずたに 岸きし 岸本きしもと 細川ほそかわ 滝沢たきざわ 瀧澤たきざわ 飯島いいじま 森下もりした 浅井あさい 久保田くぼた 植田うえだ 上村うえむら 尾崎おざき 西岡にしおか "
        + "長田ながた 井口いぐち 松原まつばら 米田よねだ 坂口さかぐち 江口えぐち 大城おおしろ 比嘉ひが 金城きんじょう 宮城みやぎ 新垣あらかき 玉城たまき 上地うえち 田原たはら 萩原はぎわら "
        + "古田ふるた 本間ほんま 成田なりた 市村いちむら 難波なんば 藤川ふじかわ 梅田うめだ 坂井さかい 中尾なかお 沢田さわだ 澤田さわだ 吉井よしい 谷たに 畑中はたなか 村井むらい 三木みき "
        + "稲葉いなば 早川はやかわ 大村おおむら 竹本たけもと 寺田てらだ 西野にしの 奥田おくだ 塚本つかもと 今野こんの 花田はなだ 二宮にのみや 藤岡ふじおか 徳田とくだ 森川もりかわ 堀田ほった "
        + "桑田くわた 野中のなか 平松ひらまつ 石塚いしづか 高井たかい 竹下たけした 森山もりやま 秋元あきもと 三好みよし 村松むらまつ 松崎まつざき 浅田あさだ 横井よこい 渡瀬わたせ 安部あべ "
        + "大木おおき 細谷ほそや 荻野おぎの 久米くめ 神田かんだ 泉いずみ 筒井つつい 松永まつなが 柳田やなぎだ 岩井いわい 有馬ありま 堀江ほりえ 小原おはら 戸田とだ 坂田さかた 吉沢よしざわ "
        + "中本なかもと 本多ほんだ 緒方おがた 安達あだち 熊田くまだ 三井みつい 内山うちやま 土田つちだ 山中やまなか 長尾ながお 前川まえかわ 川原かわはら 西本にしもと 宮内みやうち 齋木さいき "
        + "日高ひだか 進藤しんどう 小谷こたに 永野ながの 浜口はまぐち 安井やすい 福永ふくなが 田上たがみ 柏木かしわぎ 中原なかはら 北原きたはら 石山いしやま 園田そのだ 大田おおた 寺島てらしま "
        + "飯塚いいづか 高瀬たかせ 宮川みやかわ 石黒いしぐろ 東海林しょうじ 鶴田つるた 立花たちばな 真田さなだ 角田かくた 白井しらい 米山よねやま ";

    private static readonly FrozenSet<string> Written;
    private static readonly FrozenSet<string> Romanised;

    static Surnames()
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        var romaji = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var split = 0;
            while (split < entry.Length && !Chars.IsHiragana(entry[split])) split++;
            var kanji = entry[..split];
            var reading = entry[split..];
            written.Add(kanji);
            written.Add(reading);
            written.Add(Romaji.ToKatakana(reading));
            romaji.Add(Romaji.Canonical(Romaji.FromKana(reading)));
        }
        Written = written.ToFrozenSet(StringComparer.Ordinal);
        Romanised = romaji.ToFrozenSet(StringComparer.Ordinal);
    }

    public static bool Contains(string value) => Written.Contains(value);

    /// <summary>A romanised family name in any common spelling (Ito, ITOH, Itou, Saitoh).</summary>
    public static bool ContainsRomaji(string word) => word.Length >= 2 && Romanised.Contains(Romaji.Canonical(word));

    /// <summary>Length of the longest listed family name starting at <paramref name="start"/> (0 when none); single letters only when asked.</summary>
    public static int PrefixLength(string text, int start, int end, bool allowSingle = false)
    {
        for (var length = Math.Min(4, end - start); length >= (allowSingle ? 1 : 2); length--)
            if (Written.Contains(text.Substring(start, length))) return length;
        return 0;
    }

    /// <summary>Start of the longest listed family name of two letters or more ending at <paramref name="end"/>, or -1.</summary>
    public static int SuffixStart(string text, int from, int end)
    {
        for (var length = Math.Min(4, end - from); length >= 2; length--)
            if (Written.Contains(text.Substring(end - length, length))) return end - length;
        return -1;
    }
}
