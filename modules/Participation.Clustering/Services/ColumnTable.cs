namespace Participation.Clustering.Services;

/// <summary>
/// Feature key → column, for the tens of millions of lookups of a large run. Open addressing with linear probing
/// over one array of (key, column) slots at most half full: a lookup usually touches one cache line, where a
/// <see cref="Dictionary{TKey, TValue}"/> reads a bucket array and then an entry array. Key 0 marks an empty slot
/// (every feature key has a kind bit set, so none is 0). Read-only after construction, so threads can share it.
/// </summary>
public sealed class ColumnTable
{
    private readonly Slot[] slots;
    private readonly int shift;

    private struct Slot
    {
        public ulong Key;
        public int Column;
    }

    public ColumnTable(IReadOnlyDictionary<ulong, int> columns)
    {
        var bits = 4;
        while ((1 << bits) < columns.Count * 2) bits++;
        slots = new Slot[1 << bits];
        shift = 64 - bits;
        var mask = slots.Length - 1;
        foreach (var (key, column) in columns)
        {
            if (key == 0) throw new ArgumentException("Feature key 0 is reserved.", nameof(columns));
            var i = Home(key);
            while (slots[i].Key != 0) i = (i + 1) & mask;
            slots[i] = new Slot { Key = key, Column = column };
        }
    }

    public bool TryGetColumn(ulong key, out int column)
    {
        var mask = slots.Length - 1;
        for (var i = Home(key); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot.Key == key) { column = slot.Column; return true; }
            if (slot.Key == 0) { column = -1; return false; }
        }
    }

    // Fibonacci hashing: the top bits of key × 2⁶⁴/φ spread packed n-grams, whose low bits are the last character.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
