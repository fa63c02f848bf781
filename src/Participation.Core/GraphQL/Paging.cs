using System.Globalization;
using System.Text;
using GraphQL;

namespace Participation.Core.GraphQL;

/// <summary>
/// Cursor pagination shared by list fields: <c>first</c> (1–<see cref="MaxPageSize"/>, never silently capped)
/// and <c>after</c> (an opaque cursor: the position of the last item seen).
/// </summary>
public static class Paging
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    /// <summary>The offset to start at and the page size, or an error that the client sees as a GraphQL error.</summary>
    public static (int Offset, int Size) Read(int? first, string? after)
    {
        var size = first ?? DefaultPageSize;
        if (size > MaxPageSize)
            throw new ExecutionError($"first must be at most {MaxPageSize} (asked for {size}).") { Code = "PAGE_SIZE_EXCEEDED" };
        if (size < 0) throw new ExecutionError("first must not be negative.") { Code = "PAGE_SIZE_INVALID" };
        return (after is null ? 0 : Decode(after) + 1, size);
    }

    public static string Cursor(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("pos:" + position.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("pos:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return position;
        }
        catch (FormatException) { }
        throw new ExecutionError("after is not a cursor this API gave out.") { Code = "INVALID_CURSOR" };
    }
}

/// <summary>One page of a list: the items, their total, and where the next page starts.</summary>
public sealed record Page<T>(IReadOnlyList<T> Nodes, int TotalCount, bool HasNextPage, string? EndCursor)
{
    public static Page<T> Of(IReadOnlyList<T> all, int? first, string? after)
    {
        var (offset, size) = Paging.Read(first, after);
        var nodes = all.Skip(offset).Take(size).ToList();
        var end = offset + nodes.Count - 1;
        return new Page<T>(nodes, all.Count, end + 1 < all.Count, nodes.Count == 0 ? null : Paging.Cursor(end));
    }
}
