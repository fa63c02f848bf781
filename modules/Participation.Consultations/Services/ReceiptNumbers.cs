using System.Security.Cryptography;

namespace Participation.Consultations.Services;

/// <summary>Receipt numbers people can read out on the phone: no 0/O, 1/I.</summary>
public static class ReceiptNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New(int roundId) =>
        $"PC{roundId}-{RandomNumberGenerator.GetString(Alphabet, 4)}-{RandomNumberGenerator.GetString(Alphabet, 4)}";

    public static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
}
