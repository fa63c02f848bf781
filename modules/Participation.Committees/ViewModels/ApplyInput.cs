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

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Committees.Apply.Essay")]
    public string Essay { get; set; } = "";
}

public sealed record CommitteePage(Models.Committee Committee, Models.Recruitment? Open, Models.Recruitment? Latest);

public sealed record ApplyPage(Models.Committee Committee, Models.Recruitment Recruitment, ApplyInput Input, IReadOnlyList<string> Wards, IReadOnlyList<string> Ineligible);
