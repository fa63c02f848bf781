using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Core.Secrets;
using Participation.Tests.Infrastructure;

namespace Participation.Tests.Foundation;

/// <summary>
/// Secrets waiting in the database are sealed under a data key that Data Protection protects: another process (node)
/// opens them through the key stored in the database; a value opens only for its purpose and unaltered; values
/// Data Protection protected directly (before sealing) still open.
/// </summary>
public sealed class SecretSealerTests(ParticipationFactory factory) : IClassFixture<ParticipationFactory>
{
    private const string Purpose = "Tests.SecretSealer";

    private SecretSealer NewProcess() => ActivatorUtilities.CreateInstance<SecretSealer>(factory.Services);

    [Fact]
    public async Task A_value_sealed_by_one_process_opens_in_another_and_its_key_is_stored_only_protected()
    {
        var sealer = NewProcess();
        var first = await sealer.SealAsync(Purpose, "編集キー 0123abcd", CancellationToken.None);
        var second = await sealer.SealAsync(Purpose, "編集キー 0123abcd", CancellationToken.None);

        Assert.StartsWith("s1.", first);
        Assert.DoesNotContain("0123abcd", first);
        Assert.NotEqual(first, second); // a new nonce each time
        Assert.Equal("編集キー 0123abcd", await NewProcess().UnsealAsync(Purpose, first, CancellationToken.None));
        Assert.Equal("編集キー 0123abcd", await sealer.UnsealAsync(Purpose, second, CancellationToken.None));

        var keyId = int.Parse(first.Split('.')[1]);
        var stored = await factory.WithDbAsync(db => db.Set<SealingKey>().AsNoTracking().SingleAsync(k => k.Id == keyId));
        var key = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Participation.Core.Secrets.SealingKey")
            .Unprotect(Convert.FromBase64String(stored.ProtectedKey));
        Assert.Equal(32, key.Length);
        Assert.DoesNotContain(Convert.ToBase64String(key), stored.ProtectedKey);
        // One key per process, not per value.
        Assert.Equal(keyId, int.Parse(second.Split('.')[1]));
    }

    [Fact]
    public async Task A_value_opens_only_for_its_purpose_and_unaltered()
    {
        var sealer = NewProcess();
        var value = await sealer.SealAsync(Purpose, "secret", CancellationToken.None);
        await Assert.ThrowsAnyAsync<CryptographicException>(async () => await sealer.UnsealAsync("Another.Purpose", value, CancellationToken.None));

        var bytes = Convert.FromBase64String(value[(value.LastIndexOf('.') + 1)..]);
        bytes[^1] ^= 1;
        var altered = value[..(value.LastIndexOf('.') + 1)] + Convert.ToBase64String(bytes);
        await Assert.ThrowsAnyAsync<CryptographicException>(async () => await sealer.UnsealAsync(Purpose, altered, CancellationToken.None));

        foreach (var broken in new[] { "s1.", "s1.x.AAAA", "s1.1.not base64!", "s1.1.AAAA", "s1.999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" })
            await Assert.ThrowsAnyAsync<CryptographicException>(async () => await sealer.UnsealAsync(Purpose, broken, CancellationToken.None));
    }

    [Fact]
    public async Task A_value_Data_Protection_protected_directly_under_the_purpose_still_opens()
    {
        var legacy = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose).Protect("older secret");
        Assert.Equal("older secret", await NewProcess().UnsealAsync(Purpose, legacy, CancellationToken.None));
    }
}
