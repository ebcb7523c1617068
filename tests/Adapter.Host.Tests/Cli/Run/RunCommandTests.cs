using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Cli.Run;

/// <summary><c>adapter run</c> (and <c>adapter</c> alone): bad configuration and bad verbs stop it with a message.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_InvalidConfiguration_Exits78PrintingEveryError()
    {
        using var directory = new TempDirectory();

        var (exitCode, output, error) = await Task.Run(() => CommandRunner.Run(
            "run",
            "--Http:Port=0",
            $"--Store:DataDirectory={directory.Path}",
            "--Serilog:WriteTo:0:Name=Debug",
            "--Mllp:Listeners:default:Port=70000",
            "--Mllp:Listeners:default:MaxFrameBytes=10"));

        Assert.Equal(78, exitCode);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("The configuration is not valid:", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("Mllp:Listeners:default:Port:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("Mllp:Listeners:default:MaxFrameBytes:", StringComparison.Ordinal));
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Bogus_UnknownVerb_ExitsNonZeroNamingIt()
    {
        var (exitCode, output, error) = CommandRunner.Run("bogus");

        Assert.NotEqual(0, exitCode);
        Assert.Empty(output);
        Assert.Contains("'bogus' is neither a command nor a configuration key", error, StringComparison.Ordinal);
    }
}
