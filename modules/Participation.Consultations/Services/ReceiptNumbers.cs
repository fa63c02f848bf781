using System.Security.Cryptography;

namespace Participation.Consultations.Services;

/// <summary>Receipt numbers people can read out on the phone: no 0/O, 1/I.</summary>
public static class ReceiptNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary><c>PC{round}-XXXX-XXXX</c>: 40 random bits, five per character, from one call to the generator.</summary>
    public static string New(int roundId)
    {
        Span<byte> random = stackalloc byte[5];
        RandomNumberGenerator.Fill(random);
        var bits = 0UL;
        foreach (var b in random) bits = bits << 8 | b;
        return Format(roundId, bits);
    }

    /// <summary><c>PC{round}-XXXX-XXXX</c> of the low 40 bits, most significant first, so numbers sort as their bits do.</summary>
    public static string Format(int roundId, ulong bits)
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 8; i >= 0; i--)
        {
            if (i == 4) { chars[i] = '-'; continue; }
            chars[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }
        return $"PC{roundId}-{chars}";
    }

    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}
