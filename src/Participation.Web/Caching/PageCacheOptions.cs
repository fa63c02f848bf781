namespace Participation.Web.Caching;

/// <summary><c>Participation:PageCache</c>: how long anonymous visitors may be served a stored copy of a public page.</summary>
internal sealed class PageCacheOptions
{
    /// <summary>Seconds a page is kept; 0 turns page caching off. Changes evict pages sooner (see <see cref="PageCacheEviction"/>).</summary>
    public int Seconds { get; set; } = 60;

    /// <summary>Paths never cached, whatever their response: personal, staff and API surfaces.</summary>
    public List<string> ExcludedPrefixes { get; set; } =
        ["/staff", "/admin", "/me", "/account", "/api", "/graphql", "/hangfire", "/health", "/ping", "/preferences", "/summaries"];
}
