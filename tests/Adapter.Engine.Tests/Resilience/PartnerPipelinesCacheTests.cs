using Adapter.Engine.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>One pipeline per partner for the process, built from that partner's options.</summary>
public sealed class PartnerPipelinesCacheTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly DeliveryResult Unavailable = DeliveryResult.Transient(503, "503 Service Unavailable");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public void For_SamePartnerTwice_ReturnsTheSameInstance()
    {
        // Arrange
        var pipelines = new PartnerPipelines(new DeliveryOptions(), _time);
        var first = pipelines.For("acme");

        // Act
        var second = pipelines.For("acme");

        // Assert
        Assert.Same(first, second);
    }

    [Fact]
    public void For_AnotherPartner_ReturnsAnotherInstance()
    {
        // Arrange
        var pipelines = new PartnerPipelines(new DeliveryOptions(), _time);
        var acme = pipelines.For("acme");

        // Act
        var docus = pipelines.For("docus");

        // Assert
        Assert.NotSame(acme, docus);
    }

    [Fact]
    public async Task For_PartnerWithItsOwnOptions_UsesThemInsteadOfDefaults()
    {
        // Arrange: no quick retries for acme; the defaults retry twice.
        var options = new DeliveryOptions
        {
            Defaults = new PartnerDeliveryOptions { QuickRetries = 2 },
            Partners = new Dictionary<string, PartnerDeliveryOptions> { ["acme"] = new() { QuickRetries = 0 } },
        };
        var pipelines = new PartnerPipelines(options, _time);
        var acme = new ScriptedPartner(_time, Unavailable);
        var docus = new ScriptedPartner(_time, Unavailable);

        // Act
        await _time.RunAsync(pipelines.For("acme").ExecuteAsync(acme.SendAsync, CancellationToken.None), Step);
        await _time.RunAsync(pipelines.For("docus").ExecuteAsync(docus.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Equal(1, acme.Calls);
        Assert.Equal(3, docus.Calls);
    }
}
