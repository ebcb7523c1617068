using Microsoft.Extensions.Options;

namespace Adapter.Host.Cli.Run;

/// <summary>Collects every options validation failure from what the host threw at start, one line each.</summary>
internal static class ConfigurationErrors
{
    public static IReadOnlyList<string> From(Exception exception) => exception switch
    {
        OptionsValidationException validation => validation.Failures.SelectMany(SplitLines).ToList(),
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(From).ToList(),
        _ => [],
    };

    private static IEnumerable<string> SplitLines(string failure) =>
        failure.Split(["; ", "\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
