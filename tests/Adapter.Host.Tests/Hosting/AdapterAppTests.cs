using Adapter.Host.Hosting;
using Adapter.Host.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Tests.Hosting;

/// <summary>How the host is built: configuration that does not validate stops it with every error, and nothing watches files.</summary>
public sealed class AdapterAppTests
{
    [Fact]
    public async Task BuildAndStart_SeveralInvalidListenerValues_ThrowsNamingEveryProblem()
    {
        using var directory = new TempDirectory();
        var missing = directory.File("missing.pfx");

        var failures = await StartFailuresAsync(
            "--Http:Port=0",
            $"--Store:DataDirectory={directory.Path}",
            "--Mllp:Listeners:default:Port=70000",
            "--Mllp:Listeners:default:MaxFrameBytes=10",
            "--Mllp:Listeners:default:AllowedAddresses:0=nonsense",
            $"--Mllp:Listeners:default:Tls:CertificatePath={missing}",
            "--Mllp:Listeners:default:Ack:MessageTypes:0=oru-r01");

        Assert.Contains(failures, failure => failure.StartsWith("Mllp:Listeners:default:Port:", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Mllp:Listeners:default:MaxFrameBytes:", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Mllp:Listeners:default:AllowedAddresses:0:", StringComparison.Ordinal) && failure.Contains("'nonsense'", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Mllp:Listeners:default:Tls:CertificatePath:", StringComparison.Ordinal) && failure.Contains(missing, StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.StartsWith("Mllp:Listeners:default:Ack:MessageTypes:0:", StringComparison.Ordinal));
        Assert.Equal(5, failures.Count);
    }

    [Fact]
    public async Task BuildAndStart_TwoListenersOnOnePort_ThrowsNamingBoth()
    {
        using var directory = new TempDirectory();

        var failures = await StartFailuresAsync(
            "--Http:Port=0",
            $"--Store:DataDirectory={directory.Path}",
            "--Mllp:Listeners:lab:Port=2599",
            "--Mllp:Listeners:radiology:Port=2599");

        var failure = Assert.Single(failures);
        Assert.Contains("lab, radiology", failure, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:2599", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAndStart_InvalidValuesInEverySection_ThrowsNamingEveryProblem()
    {
        using var directory = new TempDirectory();

        var failures = string.Join("\n", await StartFailuresAsync(
            "--Http:Port=-1",
            $"--Store:DataDirectory={directory.Path}",
            "--Store:BusyTimeout=00:00:00",
            "--Mllp:Listeners:default:Port=70000"));

        Assert.Contains("BusyTimeout", failures, StringComparison.Ordinal);
        Assert.Contains("Mllp:Listeners:default:Port", failures, StringComparison.Ordinal);
        Assert.Matches("(?m)^(Http:)?Port|'Port'", failures);
    }

    [Fact]
    public async Task BuildAndStart_InvalidStoreValue_ThrowsNamingIt()
    {
        using var directory = new TempDirectory();

        var failure = Assert.Single(await StartFailuresAsync(
            "--Http:Port=0",
            $"--Store:DataDirectory={directory.Path}",
            "--Store:BusyTimeout=00:00:00",
            "--Mllp:Listeners:default:Port=0"));

        Assert.Contains("BusyTimeout", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_ConfigurationFiles_NotWatchedForChanges()
    {
        await using var adapter = await RunningAdapter.StartAsync();

        var sources = ((IConfigurationBuilder)adapter.App.Configuration).Sources;

        var files = sources.OfType<FileConfigurationSource>().ToList();
        Assert.Contains(files, source => source is Microsoft.Extensions.Configuration.Json.JsonConfigurationSource);
        Assert.All(files, source => Assert.False(source.ReloadOnChange, $"{source.Path} is watched for changes."));
    }

    [Fact]
    public async Task Build_MllpAndHttp_BoundToLoopbackPortsOfTheirOwn()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:lab:Port=0");

        var endPoints = new[] { adapter.MllpEndPoint("default"), adapter.MllpEndPoint("lab") };

        Assert.All(endPoints, endPoint => Assert.Equal("127.0.0.1", endPoint.Address.ToString()));
        Assert.Equal(3, endPoints.Select(endPoint => endPoint.Port).Append(adapter.Http.BaseAddress!.Port).Distinct().Count());
    }

    /// <summary>Builds and starts the adapter, which must fail; returns every options validation failure it reported.</summary>
    private static async Task<List<string>> StartFailuresAsync(params string[] configuration)
    {
        try
        {
            await using var app = AdapterApp.Build(configuration);
            await app.StartAsync();
        }
        catch (Exception exception)
        {
            return Failures(exception);
        }

        throw new Xunit.Sdk.XunitException("The adapter started.");
    }

    /// <summary>Every options validation failure in what the host threw, one entry per problem.</summary>
    private static List<string> Failures(Exception exception) => exception switch
    {
        OptionsValidationException validation => [.. validation.Failures],
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Failures).ToList(),
        _ => throw new Xunit.Sdk.XunitException($"Expected an options validation failure, got {exception}"),
    };
}
