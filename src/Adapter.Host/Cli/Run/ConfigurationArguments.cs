namespace Adapter.Host.Cli.Run;

/// <summary>Checks that what follows <c>adapter run</c> are configuration keys, so a mistyped verb is not silently taken for one.</summary>
internal static class ConfigurationArguments
{
    /// <summary>The first token that is not <c>--Section:Key=value</c>, <c>--Section:Key value</c> or <c>/Section:Key=value</c>, or null.</summary>
    public static string? FindInvalid(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isKey = (token.StartsWith("--", StringComparison.Ordinal) || token.StartsWith('/')) && token.Contains(':', StringComparison.Ordinal);
            if (!isKey)
            {
                return token;
            }

            if (!token.Contains('=', StringComparison.Ordinal) && i + 1 < tokens.Count)
            {
                i++;
            }
        }

        return null;
    }
}
