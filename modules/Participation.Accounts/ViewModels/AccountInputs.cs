using System.ComponentModel.DataAnnotations;

namespace Participation.Accounts.ViewModels;

public sealed class RegisterInput
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.DisplayName"), StringLength(50, ErrorMessage = "Validation.StringLength")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Account.Email"), StringLength(254, ErrorMessage = "Validation.StringLength")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.Password"), StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.MinLength"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.ConfirmPassword"), Compare(nameof(Password), ErrorMessage = "Validation.Compare"), DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";

    [Range(typeof(bool), "true", "true", ErrorMessage = "Account.ConsentRequired"), Display(Name = "Account.Consent")]
    public bool Consent { get; set; }
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Account.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.Password"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordInput
{
    [Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), Display(Name = "Account.Email")]
    public string Email { get; set; } = "";
}

public sealed class ResetPasswordInput
{
    [Required] public string UserId { get; set; } = "";
    [Required] public string Code { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.NewPassword"), StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.MinLength"), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Account.ConfirmPassword"), Compare(nameof(Password), ErrorMessage = "Validation.Compare"), DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}
