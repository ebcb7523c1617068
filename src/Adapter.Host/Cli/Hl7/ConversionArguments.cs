using System.CommandLine.Parsing;

namespace Adapter.Host.Cli.Hl7;

/// <summary>Parsing of the conversion options shared by the conversion verbs.</summary>
internal static class ConversionArguments
{
    public static TimeZoneInfo ParseTimeZone(ArgumentResult result)
    {
        var id = result.Tokens.Count == 0 ? "UTC" : result.Tokens[0].Value;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        result.AddError($"'{id}' is not a time zone this machine knows (try an IANA id such as Europe/Amsterdam).");
        return TimeZoneInfo.Utc;
    }

    public static void ValidateSystems(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            var equals = token.Value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !Uri.TryCreate(token.Value[(equals + 1)..], UriKind.Absolute, out _))
            {
                result.AddError($"--system '{token.Value}' is not AUTHORITY=URI with an absolute URI.");
            }
        }
    }

    public static Dictionary<string, string> Systems(IEnumerable<string> pairs) =>
        pairs.Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
}
