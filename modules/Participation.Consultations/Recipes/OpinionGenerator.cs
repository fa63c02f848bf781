using Participation.Consultations.Models;

namespace Participation.Consultations.Recipes;

/// <summary>
/// Writes realistic but invented opinions: a viewpoint, a concrete request and a reason, combined at
/// random from pools per section. Names are common surname + given-name pairs chosen at random and
/// contacts use example.jp and 000- numbers, so no real person appears.
/// </summary>
public sealed class OpinionGenerator(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] Openers =
    [
        "", "私は{0}に住んで20年になります。", "小学生の子どもを育てている立場から意見します。", "高齢の母と二人暮らしです。",
        "毎日通勤で利用しています。", "町内会の役員をしています。", "市外から通勤しています。", "車いすを使用しています。",
    ];

    private static readonly string[] Closers =
    [
        "", "ぜひご検討ください。", "よろしくお願いします。", "市の考えを聞かせてください。", "早期の実現を望みます。",
        "住民の声をよく聞いて進めてほしいです。",
    ];

    private static readonly string[] Places = ["中央区", "北区", "南区", "東区", "西区", "緑が丘区"];
    private static readonly string[] Surnames = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "松本", "井上", "木村"];
    private static readonly string[] Given = ["陽子", "健一", "美咲", "大輔", "由美", "翔太", "恵子", "誠", "直美", "拓也", "和子", "修", "彩", "浩二"];

    public string Opinion(IReadOnlyList<string> pool, bool withIdentifier)
    {
        var text = string.Format(Pick(Openers), Pick(Places)) + Pick(pool) + Pick(Closers);
        // A few residents write their contact into the text itself: redaction must catch it on results.
        if (withIdentifier)
            text += random.Next(3) switch
            {
                0 => $"詳しくは090-0000-{random.Next(1000, 9999)}までご連絡ください。",
                1 => $"返信は{Pick(["taro", "hanako", "kenji", "midori"])}{random.Next(10, 99)}@example.jp にお願いします。",
                _ => $"{Pick(Surnames)}{Pick(Given)}より。",
            };
        return text;
    }

    public string Name() => $"{Pick(Surnames)} {Pick(Given)}";
    public string Email() => $"user{random.Next(10000, 99999)}@example.jp";
    public string Phone() => $"000-{random.Next(100, 999)}-{random.Next(1000, 9999)}";
    public string Address() => $"みどり市{Pick(Places)}{Pick(["本町", "緑町", "桜台", "旭ヶ丘", "港町"])}{random.Next(1, 5)}丁目{random.Next(1, 30)}番{random.Next(1, 20)}号";

    /// <summary>About half on the web, the rest on paper, FAX, counter, phone, mail and kiosks (as in large cities).</summary>
    public Channel Channel() => random.Next(100) switch
    {
        < 48 => Models.Channel.Web,
        < 63 => Models.Channel.Post,
        < 75 => Models.Channel.Fax,
        < 85 => Models.Channel.Counter,
        < 91 => Models.Channel.Email,
        < 96 => Models.Channel.Phone,
        _ => Models.Channel.Api,
    };

    public SubmitterCategory Category() => random.Next(100) switch
    {
        < 72 => SubmitterCategory.Resident,
        < 82 => SubmitterCategory.Worker,
        < 86 => SubmitterCategory.Student,
        < 92 => SubmitterCategory.Business,
        < 96 => SubmitterCategory.Taxpayer,
        _ => SubmitterCategory.Interested,
    };

    public int Next(int max) => random.Next(max);
    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
