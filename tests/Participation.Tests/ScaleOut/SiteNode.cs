using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Participation.Tests.ScaleOut;

/// <summary>
/// The built site run as its own process (as a deployer runs it), so a test can start several nodes and kill
/// one with SIGKILL. Output goes to a log file in the node's App_Data for diagnosis.
/// </summary>
public sealed class SiteNode : IAsyncDisposable
{
    private readonly Process process;

    public string Url { get; }
    public string AppData { get; }

    private SiteNode(Process process, string url, string appData) => (this.process, Url, AppData) = (process, url, appData);

    public static async Task<SiteNode> StartAsync(string appData, IDictionary<string, string> settings)
    {
        Directory.CreateDirectory(appData);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var dll = WebDll();
        var info = new ProcessStartInfo("dotnet", [dll, "--urls", url])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        info.Environment["Participation__AppData"] = appData;
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(info)!;
        var log = new StreamWriter(Path.Combine(appData, "node.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new SiteNode(process, url, appData);
        await node.WaitHealthyAsync();
        return node;
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The node exited ({process.ExitCode}); see {AppData}/node.log");
            try { if ((await http.GetAsync($"{Url}/health")).StatusCode == HttpStatusCode.OK) return; }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(300);
        }
        throw new TimeoutException($"The node at {Url} did not become healthy; see {AppData}/node.log");
    }

    /// <summary>kill -9: no shutdown code runs, as in a power cut or an OOM kill.</summary>
    public void Crash()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Crash();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The web project's build output of the same configuration as this test assembly.</summary>
    private static string WebDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Participation.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("Participation.sln not found above the test output.");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var bin = Path.Combine(dir.FullName, "src", "Participation.Web", "bin", configuration, "net10.0");
        return Directory.EnumerateFiles(bin, "Participation.Web.dll", SearchOption.AllDirectories).First();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
