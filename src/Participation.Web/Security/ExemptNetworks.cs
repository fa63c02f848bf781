using System.Net;

namespace Participation.Web.Security;

/// <summary>
/// Networks exempt from every rate and concurrency limit (<c>Participation:RateLimiting:ExemptNetworks</c>):
/// kiosks, partner systems, load tests. Empty by default, so loopback is limited too.
/// </summary>
internal sealed class ExemptNetworks(IEnumerable<string> cidrs)
{
    private readonly List<IPNetwork> networks = cidrs.Where(c => !string.IsNullOrWhiteSpace(c)).Select(Parse).ToList();

    public bool Contains(IPAddress? address)
    {
        if (address is null || networks.Count == 0) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return networks.Any(n => n.Contains(address));
    }

    /// <summary>A CIDR, or a bare address as a single-host network.</summary>
    public static IPNetwork Parse(string cidr)
    {
        var text = cidr.Trim();
        if (!text.Contains('/')) text += IPAddress.Parse(text).AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? "/32" : "/128";
        return IPNetwork.Parse(text);
    }
}
