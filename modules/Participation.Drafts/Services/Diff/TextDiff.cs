namespace Participation.Drafts.Services.Diff;

public enum DiffKind { Same, Inserted, Deleted }

/// <summary>A run of text that is unchanged, inserted or deleted.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>
/// Differences between two texts, readable for Japanese: lines are matched first (LCS), then a changed
/// block of lines is compared character by character, since Japanese has no spaces to split words on.
/// </summary>
public static class TextDiff
{
    /// <summary>Character comparison beyond this many cells (old × new) falls back to whole-block replace.</summary>
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPiece> Compare(string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);
        var pieces = new List<DiffPiece>();
        var deleted = new List<string>();
        var inserted = new List<string>();
        foreach (var (kind, line) in Lcs(a, b))
        {
            if (kind == DiffKind.Deleted) { deleted.Add(line); continue; }
            if (kind == DiffKind.Inserted) { inserted.Add(line); continue; }
            Flush(pieces, deleted, inserted);
            Add(pieces, DiffKind.Same, line);
        }
        Flush(pieces, deleted, inserted);
        return pieces;
    }

    public static bool HasChanges(IReadOnlyList<DiffPiece> pieces) => pieces.Any(p => p.Kind != DiffKind.Same);

    private static void Flush(List<DiffPiece> pieces, List<string> deleted, List<string> inserted)
    {
        if (deleted.Count == 0 && inserted.Count == 0) return;
        var oldText = string.Concat(deleted);
        var newText = string.Concat(inserted);
        if ((long)oldText.Length * newText.Length > MaxCells || oldText.Length == 0 || newText.Length == 0)
        {
            Add(pieces, DiffKind.Deleted, oldText);
            Add(pieces, DiffKind.Inserted, newText);
        }
        else
            foreach (var (kind, c) in Lcs(ToStrings(oldText), ToStrings(newText))) Add(pieces, kind, c);
        deleted.Clear();
        inserted.Clear();
    }

    /// <summary>Appends, merging with the previous piece of the same kind.</summary>
    private static void Add(List<DiffPiece> pieces, DiffKind kind, string text)
    {
        if (text.Length == 0) return;
        if (pieces.Count > 0 && pieces[^1].Kind == kind) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        else pieces.Add(new DiffPiece(kind, text));
    }

    /// <summary>Lines keep their line break, so joining the pieces gives back the text.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var normal = text.Replace("\r\n", "\n");
        var start = 0;
        for (var i = 0; i < normal.Length; i++)
            if (normal[i] == '\n') { lines.Add(normal[start..(i + 1)]); start = i + 1; }
        if (start < normal.Length) lines.Add(normal[start..]);
        return lines;
    }

    /// <summary>Characters as strings, keeping surrogate pairs (𠮷) together.</summary>
    private static List<string> ToStrings(string text)
    {
        var list = new List<string>(text.Length);
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) list.Add((string)e.Current);
        return list;
    }

    /// <summary>Longest common subsequence with common prefix and suffix trimmed first.</summary>
    private static IEnumerable<(DiffKind, string)> Lcs(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        var result = new List<(DiffKind, string)>();
        for (var i = 0; i < prefix; i++) result.Add((DiffKind.Same, a[i]));

        int n = a.Count - prefix - suffix, m = b.Count - prefix - suffix;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
            for (var j = m - 1; j >= 0; j--)
                table[i, j] = a[prefix + i] == b[prefix + j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[prefix + x] == b[prefix + y]) { result.Add((DiffKind.Same, a[prefix + x])); x++; y++; }
            else if (table[x + 1, y] >= table[x, y + 1]) { result.Add((DiffKind.Deleted, a[prefix + x])); x++; }
            else { result.Add((DiffKind.Inserted, b[prefix + y])); y++; }
        }
        for (; x < n; x++) result.Add((DiffKind.Deleted, a[prefix + x]));
        for (; y < m; y++) result.Add((DiffKind.Inserted, b[prefix + y]));

        for (var i = a.Count - suffix; i < a.Count; i++) result.Add((DiffKind.Same, a[i]));
        return result;
    }
}
