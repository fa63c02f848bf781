namespace Participation.Summaries.Models;

public static class DigestLimits
{
    public const int Subject = 200;
    public const int Body = 8000;
    public const int Topics = 300;
}
