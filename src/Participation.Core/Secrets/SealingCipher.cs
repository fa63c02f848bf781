using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Participation.Core.Secrets;

/// <summary>
/// AES-256-GCM under one data key: nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes). Nonces count up from a random
/// start — safe because only the process that made the key seals under it. Ciphers are pooled: one per concurrent seal.
/// </summary>
internal sealed class SealingCipher(int keyId, byte[] key, DateTime madeAt)
{
    public const int KeySize = 32;
    private const int NonceSize = 12, TagSize = 16;

    private readonly ConcurrentBag<AesGcm> pool = [];
    private long counter = BinaryPrimitives.ReadInt64LittleEndian(RandomNumberGenerator.GetBytes(8)) & (long.MaxValue >> 1);
    private readonly int prefix = BinaryPrimitives.ReadInt32LittleEndian(RandomNumberGenerator.GetBytes(4));

    public int KeyId { get; } = keyId;
    public byte[] Key { get; } = key;
    public DateTime MadeAt { get; } = madeAt;

    public byte[] Seal(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> purpose)
    {
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        BinaryPrimitives.WriteInt32LittleEndian(nonce, prefix);
        BinaryPrimitives.WriteInt64LittleEndian(nonce[4..], Interlocked.Increment(ref counter));
        var aes = pool.TryTake(out var pooled) ? pooled : new AesGcm(Key, TagSize);
        try { aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), purpose); }
        finally { pool.Add(aes); }
        return sealedBytes;
    }

    public static byte[] Open(byte[] key, byte[] sealedBytes, ReadOnlySpan<byte> purpose)
    {
        if (sealedBytes.Length < NonceSize + TagSize) throw new CryptographicException("The sealed value is malformed.");
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), plain, purpose);
        return plain;
    }
}
