using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace Adapter.Host.Mllp;

/// <summary>Reads a listener's bind address, where <c>*</c> means every IPv4 interface.</summary>
internal static class MllpAddresses
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out IPAddress? address)
    {
        if (text == "*")
        {
            address = IPAddress.Any;
            return true;
        }

        return IPAddress.TryParse(text, out address);
    }

    public static IPAddress Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an IP address.");
}
