using Adapter.Engine.Delivery;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>The circuit breaker of a partner's pipeline: two calls, half of them failing, open it.</summary>
public sealed class PartnerPipelinesCircuitTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly DeliveryResult Unavailable = DeliveryResult.Transient(503, "503 Service Unavailable");

    private static readonly PartnerDeliveryOptions Options = new()
    {
        QuickRetries = 0,
        CircuitMinimumThroughput = 2,
        CircuitFailureRatio = 0.5,
        CircuitSamplingDuration = TimeSpan.FromSeconds(30),
        CircuitBreakDuration = TimeSpan.FromSeconds(30),
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public async Task ExecuteAsync_AfterEnoughTransientFailures_ThrowsBrokenCircuitWithoutCallingThePartner()
    {
        // Arrange
        var pipeline = Pipelines(Options).For("acme");
        var partner = new ScriptedPartner(_time, Unavailable);
        await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);
        await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);

        // Act
        var call = async () => await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);

        // Assert
        var broken = await Assert.ThrowsAsync<BrokenCircuitException>(call);
        Assert.Equal(2, partner.Calls);
        Assert.Equal(Options.CircuitBreakDuration, broken.RetryAfter);
    }

    [Fact]
    public async Task ExecuteAsync_AfterBreakDuration_LetsATrialCallThroughAndClosesOnSuccess()
    {
        // Arrange
        var pipeline = Pipelines(Options).For("acme");
        var partner = new ScriptedPartner(_time, Unavailable, Unavailable, DeliveryResult.Succeeded(200));
        await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);
        await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);
        _time.Advance(Options.CircuitBreakDuration);

        // Act
        var trial = await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);
        var after = await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, trial.Outcome);
        Assert.Equal(DeliveryOutcome.Succeeded, after.Outcome);
        Assert.Equal(4, partner.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_FailureRatioBelowThreshold_KeepsTheCircuitClosed()
    {
        // Arrange: one failure in three calls is under half.
        var pipeline = Pipelines(Options).For("acme");
        var partner = new ScriptedPartner(_time, DeliveryResult.Succeeded(200), DeliveryResult.Succeeded(200), Unavailable, DeliveryResult.Succeeded(200));
        for (var call = 0; call < 3; call++)
        {
            await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);
        }

        // Act
        var result = await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(4, partner.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_PermanentRefusals_DoNotOpenTheCircuit()
    {
        // Arrange
        var pipeline = Pipelines(Options).For("acme");
        var partner = new ScriptedPartner(_time, DeliveryResult.Permanent(422, "422 Unprocessable Entity"));
        await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);
        await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);

        // Act
        var result = await pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal(3, partner.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_OnePartnersCircuitOpen_OtherPartnerIsStillCalled()
    {
        // Arrange
        var pipelines = Pipelines(Options);
        var failing = new ScriptedPartner(_time, Unavailable);
        await pipelines.For("acme").ExecuteAsync(failing.SendAsync, CancellationToken.None);
        await pipelines.For("acme").ExecuteAsync(failing.SendAsync, CancellationToken.None);
        var healthy = new ScriptedPartner(_time, DeliveryResult.Succeeded(200));

        // Act
        var result = await pipelines.For("docus").ExecuteAsync(healthy.SendAsync, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(1, healthy.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_CircuitOpensDuringQuickRetries_ReturnsTheTransientResultInsteadOfBrokenCircuit()
    {
        // Arrange
        var pipeline = Pipelines(Options with { QuickRetries = 2 }).For("acme");
        var partner = new ScriptedPartner(_time, Unavailable);

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(2, partner.Calls);
    }

    private PartnerPipelines Pipelines(PartnerDeliveryOptions defaults) =>
        new(new DeliveryOptions { Defaults = defaults }, _time);
}
