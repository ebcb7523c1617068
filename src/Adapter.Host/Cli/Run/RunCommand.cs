using System.CommandLine;
using Adapter.Host.Hosting;
using Adapter.Host.Mappings;

namespace Adapter.Host.Cli.Run;

/// <summary><c>adapter run [--Section:Key=value ...]</c>, also what <c>adapter</c> alone does: runs the service until stopped.</summary>
internal static class RunCommand
{
    /// <summary>The exit code for a configuration that does not validate (EX_CONFIG).</summary>
    public const int InvalidConfiguration = 78;

    public const string Description = "Run the adapter: MLLP listeners, HTTP endpoints and the journal. Configuration keys may follow as --Section:Key=value.";

    public static Command Create()
    {
        var command = new Command("run", Description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((result, cancellationToken) => RunAsync(result, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult result, CancellationToken cancellationToken)
    {
        var error = result.InvocationConfiguration.Error;
        var arguments = result.UnmatchedTokens;
        if (ConfigurationArguments.FindInvalid(arguments) is { } invalid)
        {
            await error.WriteLineAsync($"'{invalid}' is neither a command nor a configuration key (--Section:Key=value). See adapter --help.").ConfigureAwait(false);
            return 1;
        }

        try
        {
            await using var app = AdapterApp.Build(arguments);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (MappingLoadException exception)
        {
            await error.WriteLineAsync("The mapping files are not valid; the adapter does not start with them:").ConfigureAwait(false);
            foreach (var problem in exception.Errors)
            {
                await error.WriteLineAsync($"  {problem}").ConfigureAwait(false);
            }

            return InvalidConfiguration;
        }
        catch (Exception exception) when (ConfigurationErrors.From(exception) is { Count: > 0 } errors)
        {
            await error.WriteLineAsync("The configuration is not valid:").ConfigureAwait(false);
            foreach (var line in errors)
            {
                await error.WriteLineAsync($"  {line}").ConfigureAwait(false);
            }

            return InvalidConfiguration;
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The adapter could not start: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
