using System.Net;

namespace Adapter.Host.Mllp;

/// <summary>Remote addresses a listener accepts: single addresses and CIDR ranges. An empty list allows all.</summary>
internal sealed class IpAllowList
{
    private readonly IPNetwork[] _networks;

    public IpAllowList(IEnumerable<string> entries) =>
        _networks = entries.Select(entry => TryParseEntry(entry, out var network) ? network : throw new FormatException($"'{entry}' is not an address or range.")).ToArray();

    public bool Allows(IPAddress? address)
    {
        if (_networks.Length == 0)
        {
            return true;
        }

        if (address is null)
        {
            return false;
        }

        // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
        var normalized = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(network => network.Contains(normalized));
    }

    public static bool TryParseEntry(string entry, out IPNetwork network)
    {
        if (IPAddress.TryParse(entry, out var single))
        {
            network = new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return IPNetwork.TryParse(entry, out network);
    }
}
