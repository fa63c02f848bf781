using Microsoft.AspNetCore.DataProtection;

namespace Participation.Consultations.Services;

/// <summary>
/// One-time form tokens: a random id, protected with a lifetime, so an expired form is told apart
/// from a forged one and the id doubles as the idempotency key of the submission.
/// </summary>
public sealed class FormTokens(IDataProtectionProvider provider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(3);
    private readonly ITimeLimitedDataProtector protector = provider.CreateProtector("Consultations.FormToken").ToTimeLimitedDataProtector();

    public string Issue() => protector.Protect(Guid.NewGuid().ToString("N"), Lifetime);

    /// <summary>The token's id, or null when it expired or was tampered with.</summary>
    public string? Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try { return protector.Unprotect(token); }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
    }
}
