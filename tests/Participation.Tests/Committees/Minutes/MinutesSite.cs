using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Committees.Minutes;

/// <summary>The demo site with a small PDF limit (200 KB) so an oversized file is cheap to send.</summary>
public sealed class MinutesSite : ParticipationFactory
{
    public const int PdfLimit = 200_000;

    public MinutesSite()
    {
        Settings["Participation:DemoData"] = "true";
        Settings["Participation:Uploads:MaxPdfBytes"] = PdfLimit.ToString();
    }
}

/// <summary>Drives the document form as a browser: GET it (token, form key, version), then POST multipart with files.</summary>
internal static partial class DocumentForms
{
    [GeneratedRegex("name=\"Input\\.(FormKey|Version)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex Hidden();

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public sealed record Form(string Token, string FormKey, string Version);

    public static async Task<Form> OpenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var hidden = Hidden().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
        return new Form(HtmlForms.Token(html), hidden.GetValueOrDefault("FormKey", ""), hidden.GetValueOrDefault("Version", "0"));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, Form form, IEnumerable<(string Key, string Value)> fields,
        params (string Name, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(form.FormKey), "Input.FormKey" },
            { new StringContent(form.Version), "Input.Version" },
        };
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "Files", name);
        }
        return await client.PostAsync(action, content);
    }

    public static (string, string)[] Fields(string title, string heldOn = "2026-10-05", string summary = "", string kind = "Minutes", bool publish = false) =>
        publish
            ? [("Input.Kind", kind), ("Input.Title", title), ("Input.HeldOn", heldOn), ("Input.Summary", summary), ("Input.IsPublished", "true")]
            : [("Input.Kind", kind), ("Input.Title", title), ("Input.HeldOn", heldOn), ("Input.Summary", summary)];

    /// <summary>The document id from the redirect after a save (<c>/staff/committees/{id}/documents/{docId}</c>).</summary>
    public static int DocumentId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.Headers.Location!.ToString().Split('#')[0];
        return int.Parse(path[(path.LastIndexOf('/') + 1)..]);
    }
}
