using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Participation.E2E;

/// <summary>
/// The real site on a Kestrel port with demo data, and Debian's chromium driven by Playwright.
/// One per test class; pages are screenshotted into TestResults/screenshots.
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string appData = Path.Combine(Path.GetTempPath(), "participation-e2e", Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public string MailFolder => Path.Combine(appData, "mail-pickup");

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "TestResults", "screenshots");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(appData);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Participation:AppData", appData);
        builder.UseSetting("Participation:DemoData", "true");
        builder.UseSetting("Participation:RateLimiting:ExemptNetworks:0", "127.0.0.0/8");
    }

    public async Task InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(string culture = "ja-JP", bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new() { Locale = culture, JavaScriptEnabled = javaScript, BypassCSP = true, ViewportSize = new() { Width = 1280, Height = 900 } });
        // CI runs this suite beside the xUnit suite on two cores: a form post can take longer than Playwright's 30 s default.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Browser.CloseAsync();
        playwright?.Dispose();
        await DisposeAsync();
        try { Directory.Delete(appData, true); } catch (IOException) { }
    }
}
