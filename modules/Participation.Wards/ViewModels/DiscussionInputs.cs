using System.ComponentModel.DataAnnotations;
using Participation.Wards.Models;

namespace Participation.Wards.ViewModels;

public sealed class ThreadInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Category")]
    public string Category { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Title"), StringLength(DiscussionLimits.TitleMax, ErrorMessage = "Validation.StringLength")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Body"), StringLength(DiscussionLimits.BodyMax, ErrorMessage = "Validation.StringLength")]
    public string Body { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Nickname"), StringLength(DiscussionLimits.NicknameMax, ErrorMessage = "Validation.StringLength")]
    public string Nickname { get; set; } = "";
}

public sealed class ReplyInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Reply"), StringLength(DiscussionLimits.BodyMax, ErrorMessage = "Validation.StringLength")]
    public string Body { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Nickname"), StringLength(DiscussionLimits.NicknameMax, ErrorMessage = "Validation.StringLength")]
    public string Nickname { get; set; } = "";

    public int? ParentId { get; set; }
}

public sealed class AnswerInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Department"), StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string Department { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Answer"), StringLength(DiscussionLimits.BodyMax, ErrorMessage = "Validation.StringLength")]
    public string Body { get; set; } = "";
}

public sealed class EditInput
{
    [Display(Name = "Wards.Field.Title"), StringLength(DiscussionLimits.TitleMax, ErrorMessage = "Validation.StringLength")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Wards.Field.Body"), StringLength(DiscussionLimits.BodyMax, ErrorMessage = "Validation.StringLength")]
    public string Body { get; set; } = "";
}

/// <summary>What an edit form is about (the form's model is the <see cref="EditInput"/> itself, so field names bind back).</summary>
public sealed record EditTarget(Participation.Core.Cities.Ward Ward, DiscussionThread Thread, int? PostId)
{
    public string Url => $"/wards/{Ward.Id}/discussions/{Thread.Id}";
}
