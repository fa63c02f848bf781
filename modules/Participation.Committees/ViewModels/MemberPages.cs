using System.ComponentModel.DataAnnotations;
using Participation.Committees.Models;

namespace Participation.Committees.ViewModels;

/// <summary>The member form (add and edit). Dates stay text so a wrong one is shown back as typed.</summary>
public sealed class MemberInput
{
    public const int NameLength = 200;
    public const int RoleLength = 100;

    [Required(ErrorMessage = "Validation.Required"), StringLength(NameLength, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Members.Name")]
    public string? Name { get; set; }

    [StringLength(RoleLength, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Members.Role")]
    public string? Role { get; set; }

    /// <summary>yyyy-MM-dd, optional.</summary>
    [Display(Name = "Secretariat.Members.TermStart")]
    public string? TermStart { get; set; }

    [Display(Name = "Secretariat.Members.TermEnd")]
    public string? TermEnd { get; set; }

    public bool ConsentToPublish { get; set; }

    /// <summary>The member's version when the form was drawn (edit only).</summary>
    public int Version { get; set; }

    public static MemberInput From(CommitteeMember m) => new()
    {
        Name = m.Name, Role = m.Role, ConsentToPublish = m.ConsentToPublish, Version = m.Version,
        TermStart = m.TermStart?.ToString("yyyy-MM-dd"), TermEnd = m.TermEnd?.ToString("yyyy-MM-dd"),
    };
}

/// <summary>The add/edit member page: the committee, the member being edited (null when new) and the input.</summary>
public sealed record MemberFormPage(Committee Committee, CommitteeMember? Member, MemberInput Input);

/// <summary>
/// "Really delete?" before a member or a document goes: works without JavaScript (a page, then a POST with its token).
/// <paramref name="Name"/> is what is deleted, shown to the secretariat only.
/// </summary>
public sealed record ConfirmDeletePage(Committee Committee, string Heading, string Name, string Explanation, string Action, string CancelUrl);
