namespace Participation.Web.Security;

/// <summary><c>Participation:RateLimiting</c>: per-client fixed windows, and networks exempt from them.</summary>
internal sealed class RateLimitOptions
{
    public List<string> ExemptNetworks { get; set; } = [];
    public WindowLimit SignIn { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };
    public WindowLimit Register { get; set; } = new() { PermitLimit = 5, WindowSeconds = 600 };
    public WindowLimit Submit { get; set; } = new() { PermitLimit = 30, WindowSeconds = 60 };
    public WindowLimit Api { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    internal sealed class WindowLimit
    {
        public int PermitLimit { get; set; }
        public int WindowSeconds { get; set; }
    }
}
