namespace Participation.Web.Security;

/// <summary>Names of the rate-limit policies endpoints opt into with <c>[EnableRateLimiting]</c> / <c>RequireRateLimiting</c>.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in and password reset: slow down guessing.</summary>
    public const string SignIn = "signin";
    /// <summary>Creating accounts.</summary>
    public const string Register = "register";
    /// <summary>Every submission endpoint: opinions, applications, posts, flags, API submissions.</summary>
    public const string Submit = "submit";
    /// <summary>Public read APIs (GraphQL, open data).</summary>
    public const string Api = "api";
}
