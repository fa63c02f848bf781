using System.ComponentModel.DataAnnotations;
using Participation.Core.Me;

namespace Participation.Accounts.ViewModels;

public sealed class ProfileInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.DisplayName"), StringLength(50, ErrorMessage = "Validation.StringLength")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), RegularExpression("ja|en", ErrorMessage = "Validation.Required"), Display(Name = "MyData.Language")]
    public string PreferredCulture { get; set; } = "ja";
}

public sealed class DeleteAccountInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.Password"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "MyData.Delete.UnderstandRequired"), Display(Name = "MyData.Delete.Understand")]
    public bool Understand { get; set; }
}

/// <summary>The one-time ticket carried from "password checked" to "really delete".</summary>
public sealed class DeleteConfirmInput
{
    [Required] public string Ticket { get; set; } = "";
}

public sealed record MyDataViewModel(ProfileInput Profile, string Email, IReadOnlyList<PersonalDataSection> Sections);

public sealed record NotificationsViewModel(IReadOnlyDictionary<string, NotificationDelivery> Choices);
