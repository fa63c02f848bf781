using System.Security.Cryptography;
using System.Text;

namespace Participation.Core.Mail;

/// <summary>
/// A mail's stable identity: its Message-Id and Date stay the same however often it is sent. The pickup folder keeps
/// one file per identity (a retry after a crash does not mail twice); over SMTP the stable Message-Id lets mail
/// systems drop the duplicate.
/// </summary>
public sealed record MailIdentity(Guid Id, DateTimeOffset Created)
{
    /// <summary>From a key naming what the mail is about (e.g. <c>receipt-outbox:42</c>) and when that came about.</summary>
    public static MailIdentity For(string key, DateTimeOffset created) =>
        new(new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16)), created);
}
