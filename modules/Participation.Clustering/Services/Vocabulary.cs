namespace Participation.Clustering.Services;

/// <summary>The fitted feature space: key → column, IDF per column, and readable words for labels.</summary>
public sealed class Vocabulary(Dictionary<ulong, int> columns, float[] idf, ulong[] keys, Dictionary<ulong, string> words, FeatureOptions options, bool usesMeCab,
    ColumnTable? table = null)
{

    public Dictionary<ulong, int> Columns { get; } = columns;
    /// <summary>The same mapping as <see cref="Columns"/> for fast lookups: the one the fit built, or built on first use.</summary>
    public ColumnTable Table => table ??= new ColumnTable(Columns);
    public float[] Idf { get; } = idf;
    public ulong[] Keys { get; } = keys;
    public Dictionary<ulong, string> Words { get; } = words;
    public FeatureOptions Options { get; } = options;
    public bool UsesMeCab { get; } = usesMeCab;
    public int Count => Keys.Length;

    /// <summary>A readable form of a column: the word, or the character n-gram.</summary>
    public string TermOf(int column)
    {
        var key = Keys[column];
        return FeatureKeys.Kind(key) switch
        {
            FeatureKeys.CharGram => FeatureKeys.GramText(key),
            FeatureKeys.Word => Words.GetValueOrDefault(key, ""),
            _ => "",
        };
    }

    public bool IsWord(int column) => FeatureKeys.Kind(Keys[column]) == FeatureKeys.Word;
}
