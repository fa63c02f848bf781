namespace Participation.Wards.Models;

/// <summary>Length limits shared by the database columns and the form validation.</summary>
public static class DiscussionLimits
{
    public const int TitleMax = 100;
    public const int BodyMax = 4000;
    public const int NicknameMax = 30;
    public const int ThreadsPerPage = 10;
    public const int RepliesPerPage = 30;
}
