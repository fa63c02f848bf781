namespace Participation.Wards.Models;

/// <summary>The nickname a resident chose for discussions; never their account name or e-mail.</summary>
public class ResidentNickname
{
    public required string UserId { get; set; }
    public required string Nickname { get; set; }
}
