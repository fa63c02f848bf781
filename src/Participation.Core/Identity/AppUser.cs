using Microsoft.AspNetCore.Identity;

namespace Participation.Core.Identity;

/// <summary>
/// A person who signs in: resident, staff, secretariat, councillor or administrator.
/// Identity's own columns hold e-mail and phone; nothing here is ever published.
/// </summary>
public class AppUser : IdentityUser
{
    /// <summary>The name shown to staff (never on public pages).</summary>
    [PersonalData] public string? DisplayName { get; set; }

    /// <summary>The ward (区) a staff member works for; null for city-wide roles and residents.</summary>
    public int? WardId { get; set; }

    /// <summary>"ja" or "en": the language mails are written in.</summary>
    public string PreferredCulture { get; set; } = "ja";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
