using System.Diagnostics.CodeAnalysis;

namespace Adapter.Host.Cli.Send;

/// <summary>Where <c>adapter send</c> connects: HOST:PORT, with IPv6 hosts in brackets.</summary>
internal sealed record SendTarget(string Host, int Port)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out SendTarget? target)
    {
        target = null;
        var colon = text?.LastIndexOf(':') ?? -1;
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), out var port) || port is < 1 or > 65535)
        {
            return false;
        }

        target = new SendTarget(text![..colon].Trim('[', ']'), port);
        return true;
    }

    public override string ToString() => $"{Host}:{Port}";
}
