using System.Text;

namespace Participation.Bench.Load;

/// <summary>The requests of a load run: the bare limit, a public draft page, and an API submission with a unique key.</summary>
public static class LoadRequests
{
    private static readonly string[] Opinions =
    [
        "通学路の歩道を広げ、見通しの悪い交差点に注意喚起の表示を増やしてほしいと考えます。",
        "子育て世帯が使いやすいよう、公園のトイレと授乳室の整備を計画に明記してください。",
        "高齢者の移動手段として、コミュニティバスの便数を増やす検討をお願いします。",
        "防災訓練の案内が届きにくいので、回覧板以外の周知方法も取り入れてほしいです。",
    ];

    public static HttpRequestMessage Ping(string url) => new(HttpMethod.Get, $"{url}/ping");

    public static HttpRequestMessage Page(string url, string path) => new(HttpMethod.Get, url + path);

    public static HttpRequestMessage Submission(string url, int roundId, string idempotencyKey)
    {
        var text = Opinions[Math.Abs(idempotencyKey.GetHashCode()) % Opinions.Length];
        var json = $$"""{"category":"resident","name":"負荷 試験","email":"load-test@example.jp","opinions":[{"section":"general","text":"{{text}}"}]}""";
        var message = new HttpRequestMessage(HttpMethod.Post, $"{url}/api/rounds/{roundId}/submissions")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        message.Headers.Add("Idempotency-Key", idempotencyKey);
        return message;
    }
}
