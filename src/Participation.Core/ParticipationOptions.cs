namespace Participation.Core;

/// <summary>The <c>Participation</c> section of the top-level appsettings.json.</summary>
public sealed class ParticipationOptions
{
    public const string Section = "Participation";

    public string SiteName { get; set; } = "市民参加ポータル";
    public string SiteNameEn { get; set; } = "Resident Participation Portal";
    public string CityName { get; set; } = "みどり市";
    public string CityNameEn { get; set; } = "Midori City";
    public string DefaultCulture { get; set; } = "ja-JP";
    public bool DemoData { get; set; } = true;
    public List<string> Modules { get; set; } = [];
    /// <summary>Where the database file, mail pickup folder, uploads and keys go.</summary>
    public string AppData { get; set; } = "App_Data";
    /// <summary>Redis connection string; when set, data-protection keys and the cache are shared.</summary>
    public string? Redis { get; set; }
    /// <summary>
    /// The site's address as residents reach it (<c>https://sanka.city.example.jp</c>), for links in mails sent by
    /// background jobs, which have no request to take the address from.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
