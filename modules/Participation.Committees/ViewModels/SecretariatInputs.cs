using System.ComponentModel.DataAnnotations;

namespace Participation.Committees.ViewModels;

/// <summary>The committee form on /staff/committees/{id}/edit.</summary>
public sealed class CommitteeInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Committee.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), StringLength(4000, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Committee.Purpose")]
    public string Purpose { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Committee.Department")]
    public string? Department { get; set; }

    [Range(1, 200, ErrorMessage = "Secretariat.Validation.Range"), Display(Name = "Secretariat.Committee.Seats")]
    public int TotalSeats { get; set; }

    [Range(0, 200, ErrorMessage = "Secretariat.Validation.Range"), Display(Name = "Secretariat.Committee.ResidentSeats")]
    public int ResidentSeats { get; set; }

    [StringLength(200, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Committee.Term")]
    public string? Term { get; set; }

    [StringLength(1000, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Committee.Schedule")]
    public string? MeetingSchedule { get; set; }
}

/// <summary>The recruitment form: period, eligibility rules, profile fields, essay and rubric.</summary>
public sealed class RecruitmentInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Secretariat.Recruitment.Opens")]
    public DateOnly? Opens { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Secretariat.Recruitment.Closes")]
    public DateOnly? Closes { get; set; }

    [Range(0, 120, ErrorMessage = "Secretariat.Validation.Range"), Display(Name = "Secretariat.Recruitment.MinAge")]
    public int MinAge { get; set; } = 18;

    public bool RequireCityLink { get; set; } = true;

    [Range(0, 50, ErrorMessage = "Secretariat.Validation.Range"), Display(Name = "Secretariat.Recruitment.MaxOtherSeats")]
    public int MaxOtherSeats { get; set; } = 2;

    public bool ExcludeStaffAndCouncillors { get; set; } = true;

    public List<string> ProfileFields { get; set; } = ["Gender", "AgeBand", "Ward", "Occupation"];

    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Recruitment.Theme")]
    public string EssayTheme { get; set; } = "";

    [Range(0, 8000, ErrorMessage = "Secretariat.Validation.Range"), Display(Name = "Secretariat.Recruitment.EssayMin")]
    public int EssayMinChars { get; set; } = 800;

    [Range(1, 8000, ErrorMessage = "Secretariat.Validation.Range"), Display(Name = "Secretariat.Recruitment.EssayMax")]
    public int EssayMaxChars { get; set; } = 1600;

    [Required(ErrorMessage = "Validation.Required"), StringLength(2000, ErrorMessage = "Validation.StringLength"), Display(Name = "Secretariat.Recruitment.Rubric")]
    public string Rubric { get; set; } = "テーマの理解\n具体性\n地域への視点";
}
