using System.ComponentModel.DataAnnotations;

namespace Participation.Committees.ViewModels;

/// <summary>What an applicant types on /committees/{id}/apply.</summary>
public sealed class ApplyInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(100, ErrorMessage = "Validation.StringLength"), Display(Name = "Committees.Apply.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(254, ErrorMessage = "Validation.StringLength"), Display(Name = "Committees.Apply.Email")]
    public string Email { get; set; } = "";

    [Range(0, 130, ErrorMessage = "Validation.Required"), Display(Name = "Committees.Apply.Age")]
    public int? Age { get; set; }

    [Required(ErrorMessage = "Validation.Required"), StringLength(40), Display(Name = "Committees.Apply.Gender")]
    public string Gender { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), StringLength(100), Display(Name = "Committees.Apply.Ward")]
    public string Ward { get; set; } = "";

    [StringLength(100), Display(Name = "Committees.Apply.Occupation")]
    public string? Occupation { get; set; }

    public bool CityLink { get; set; }
    public int OtherSeats { get; set; }
    public bool StaffOrCouncillor { get; set; }
    /// <summary>Agrees that the name is published in the members list if selected.</summary>
    public bool ConsentToPublishName { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Committees.Apply.Essay")]
    public string Essay { get; set; } = "";
}

public sealed record CommitteePage(Models.Committee Committee, Models.Recruitment? Open, Models.Recruitment? Latest)
{
    /// <summary>Members whose names may be published (consent given).</summary>
    public IReadOnlyList<Models.CommitteeMember> Members { get; init; } = [];
    /// <summary>Published minutes and materials with their summaries rendered sanitised.</summary>
    public IReadOnlyList<PublicDocument> Documents { get; init; } = [];
    /// <summary>Selection runs whose distribution is published.</summary>
    public IReadOnlyList<int> PublishedRuns { get; init; } = [];
}

public sealed record ApplyPage(Models.Committee Committee, Models.Recruitment Recruitment, ApplyInput Input, IReadOnlyList<string> Wards, IReadOnlyList<string> Ineligible);
