namespace Participation.Clustering.Services;

/// <summary>
/// Features are 64-bit keys, not strings, so that 50,000 texts can be counted without allocating a string per
/// n-gram. Character n-grams (up to 3 UTF-16 chars) are packed exactly; words are FNV-1a hashed (collisions at
/// 62 bits are negligible). The top two bits say which kind a key is.
/// </summary>
public static class FeatureKeys
{
    public const ulong CharGram = 1UL << 62;
    public const ulong Word = 2UL << 62;
    public const ulong WordPair = 3UL << 62;
    private const ulong KindMask = 3UL << 62;

    public static ulong Kind(ulong key) => key & KindMask;

    public static ulong Gram(ReadOnlySpan<char> chars)
    {
        ulong packed = 0;
        foreach (var c in chars) packed = (packed << 16) | c;
        return CharGram | ((ulong)chars.Length << 48) | packed;
    }

    public static string GramText(ulong key)
    {
        var len = (int)((key >> 48) & 0xF);
        var chars = new char[len];
        for (var i = len - 1; i >= 0; i--) { chars[i] = (char)(key & 0xFFFF); key >>= 16; }
        return new string(chars);
    }

    public static ulong OfWord(string word) => Word | (Hash(word, 14695981039346656037UL) & ~KindMask);

    public static ulong OfPair(string a, string b) => WordPair | (Hash(b, Hash("\u0001", Hash(a, 14695981039346656037UL))) & ~KindMask);

    private static ulong Hash(string s, ulong h)
    {
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        return h;
    }
}
