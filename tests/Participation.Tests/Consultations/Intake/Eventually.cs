namespace Participation.Tests.Consultations.Intake;

/// <summary>
/// Waits for what happens after a receipt: mail and event handlers run from the outbox once the submission
/// has committed, so a test polls for them (bounded) instead of expecting them in the response.
/// </summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> probe, Func<T, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            T value;
            try { value = await probe(); }
            catch (IOException) when (DateTime.UtcNow < deadline) { await Task.Delay(100); continue; } // a mail still being written
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }

    /// <summary>The texts of the mails in the pickup folder that contain <paramref name="text"/>, once there is at least one.</summary>
    public static Task<List<string>> MailsAsync(string folder, string text, int atLeast = 1) =>
        ValueAsync(() => Task.FromResult(Read(folder, text)), m => m.Count >= atLeast);

    public static List<string> Read(string folder, string text) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Select(ReadShared).Where(m => m.Contains(text)).ToList() : [];

    /// <summary>Reads a mail file even while the site is still writing another (shared read).</summary>
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new StreamReader(stream).ReadToEnd();
    }
}
