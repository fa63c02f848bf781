using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Data;

namespace Participation.Core.Secrets;

/// <summary>
/// Encrypts short secrets that must wait in the database for a while (an edit-link secret in the receipt outbox) —
/// envelope encryption: Data Protection protects only a data key (<see cref="SealingKey"/>), stored once; each value is
/// sealed under that key with AES-256-GCM, its purpose bound in as associated data. A Data Protection
/// <c>Protect</c> derives a fresh key and runs AES-CBC and HMAC every time (~13 µs, on every submission with an
/// e-mail address); a seal costs ~1 µs. Any node unseals: the data keys are in the shared database, their
/// protection under the shared key ring. Values protected with Data Protection directly under the same purpose
/// (written before sealing existed) still unseal.
/// </summary>
public sealed class SecretSealer(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
{
    private const string KeyPurpose = "Participation.Core.Secrets.SealingKey";
    private const string Prefix = "s1.";
    /// <summary>A process seals under its key for this long, then makes another.</summary>
    private static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(30);

    private readonly SemaphoreSlim making = new(1, 1);
    /// <summary>Other processes' keys once opened: rows taken over after a crash share a few keys.</summary>
    private readonly ConcurrentDictionary<int, byte[]> opened = new();
    private volatile SealingCipher? current;

    public async ValueTask<string> SealAsync(string purpose, string clear, CancellationToken ct)
    {
        var cipher = current is { } c && !Expired(c) ? c : await MakeKeyAsync(ct);
        return $"{Prefix}{cipher.KeyId}.{Convert.ToBase64String(cipher.Seal(Encoding.UTF8.GetBytes(clear), Encoding.UTF8.GetBytes(purpose)))}";
    }

    /// <summary>The clear value; throws <see cref="CryptographicException"/> when it was not sealed for this purpose, was altered, or its key is gone.</summary>
    public async ValueTask<string> UnsealAsync(string purpose, string sealedValue, CancellationToken ct)
    {
        if (!sealedValue.StartsWith(Prefix, StringComparison.Ordinal)) return protection.CreateProtector(purpose).Unprotect(sealedValue);
        var dot = sealedValue.IndexOf('.', Prefix.Length);
        if (dot < 0 || !int.TryParse(sealedValue.AsSpan(Prefix.Length, dot - Prefix.Length), out var keyId))
            throw new CryptographicException("The sealed value is malformed.");
        byte[] bytes;
        try { bytes = Convert.FromBase64String(sealedValue[(dot + 1)..]); }
        catch (FormatException ex) { throw new CryptographicException("The sealed value is malformed.", ex); }
        var key = current is { } c && c.KeyId == keyId ? c.Key
            : opened.TryGetValue(keyId, out var known) ? known : opened[keyId] = await LoadKeyAsync(keyId, ct);
        return Encoding.UTF8.GetString(SealingCipher.Open(key, bytes, Encoding.UTF8.GetBytes(purpose)));
    }

    private bool Expired(SealingCipher cipher) => clock.GetUtcNow().UtcDateTime - cipher.MadeAt >= KeyLifetime;

    private async Task<SealingCipher> MakeKeyAsync(CancellationToken ct)
    {
        await making.WaitAsync(ct);
        try
        {
            if (current is { } made && !Expired(made)) return made;
            var key = RandomNumberGenerator.GetBytes(SealingCipher.KeySize);
            var row = new SealingKey
            {
                ProtectedKey = Convert.ToBase64String(protection.CreateProtector(KeyPurpose).Protect(key)),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
                db.Add(row);
                await db.SaveChangesAsync(ct);
            }
            return current = new SealingCipher(row.Id, key, row.CreatedAt);
        }
        finally { making.Release(); }
    }

    private async Task<byte[]> LoadKeyAsync(int keyId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParticipationDbContext>();
        var stored = await db.Set<SealingKey>().AsNoTracking().Where(k => k.Id == keyId).Select(k => k.ProtectedKey).FirstOrDefaultAsync(ct)
            ?? throw new CryptographicException($"Sealing key {keyId} is not in the database.");
        return protection.CreateProtector(KeyPurpose).Unprotect(Convert.FromBase64String(stored));
    }
}
