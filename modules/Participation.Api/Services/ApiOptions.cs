namespace Participation.Api.Services;

/// <summary>Section <c>Participation:Api</c>: the open-data licence and the GraphQL limits.</summary>
public sealed class ApiOptions
{
    public const string Section = "Participation:Api";

    /// <summary>Licence of everything published through /graphql and /opendata.</summary>
    public string LicenceName { get; set; } = "CC BY 4.0";
    public string LicenceUrl { get; set; } = "https://creativecommons.org/licenses/by/4.0/deed.ja";
    /// <summary>How users should credit the data (出典).</summary>
    public string? Attribution { get; set; }
    /// <summary>Deepest selection allowed (the issue fixes 10).</summary>
    public int MaxDepth { get; set; } = 10;
    /// <summary>Estimated cost: each field counts 1, times the expected length of the lists around it (<c>first</c> on paged lists, a typical size on others).</summary>
    public int MaxComplexity { get; set; } = 20_000;
    public int TimeoutSeconds { get; set; } = 10;
    /// <summary>How long a built dataset is reused by /opendata (page and files agree within it).</summary>
    public int OpenDataCacheSeconds { get; set; } = 60;
}
