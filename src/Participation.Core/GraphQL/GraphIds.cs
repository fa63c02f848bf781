using System.Globalization;
using GraphQL;

namespace Participation.Core.GraphQL;

/// <summary>IDs in the API are the numeric route ids (<c>/rounds/12</c> has id "12"), written as strings.</summary>
public static class GraphIds
{
    public static string Of(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The numeric id, or null when the text is not one (no such object, so the field answers null).</summary>
    public static int? Parse(object? value) =>
        value?.ToString() is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
