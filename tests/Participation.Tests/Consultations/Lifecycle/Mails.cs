using MimeKit;

namespace Participation.Tests.Consultations.Lifecycle;

/// <summary>Mails the site dropped in its pickup folder, decoded.</summary>
public static class Mails
{
    public static IReadOnlyList<(string To, string Subject, string Body)> In(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).Select(m => (m.To.ToString(), m.Subject, m.TextBody ?? "")).ToList()
            : [];
}
