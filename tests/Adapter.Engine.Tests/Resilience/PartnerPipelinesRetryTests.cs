using Adapter.Engine.Delivery;
using Microsoft.Extensions.Time.Testing;
using Polly.Timeout;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>The quick retries of a partner's pipeline, on a fake clock the test advances.</summary>
public sealed class PartnerPipelinesRetryTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly DeliveryResult Unavailable = DeliveryResult.Transient(503, "503 Service Unavailable");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public async Task ExecuteAsync_TransientTwiceThenSucceeded_SucceedsOnTheThirdCall()
    {
        // Arrange
        var pipeline = Pipelines(new PartnerDeliveryOptions { QuickRetries = 2 }).For("acme");
        var partner = new ScriptedPartner(_time, Unavailable, Unavailable, DeliveryResult.Succeeded(201, "{}"));

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(3, partner.Calls);
        Assert.True(partner.CalledAt[1] > partner.CalledAt[0], "The first retry should wait a backoff.");
        Assert.True(partner.CalledAt[2] > partner.CalledAt[1], "The second retry should wait a backoff.");
    }

    [Fact]
    public async Task ExecuteAsync_TransientEveryTime_ReturnsTheLastTransientAfterAllRetries()
    {
        // Arrange
        var pipeline = Pipelines(new PartnerDeliveryOptions { QuickRetries = 2 }).For("acme");
        var partner = new ScriptedPartner(_time, Unavailable);

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Same(Unavailable, result);
        Assert.Equal(3, partner.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_TransientWithShortRetryAfter_WaitsAtLeastRetryAfter()
    {
        // Arrange: the backoff alone would be about 10 ms.
        var options = new PartnerDeliveryOptions { QuickRetries = 1, QuickRetryDelay = TimeSpan.FromMilliseconds(10) };
        var pipeline = Pipelines(options).For("acme");
        var throttled = DeliveryResult.Transient(429, "429 Too Many Requests", TimeSpan.FromSeconds(3));
        var partner = new ScriptedPartner(_time, throttled, DeliveryResult.Succeeded(200));

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.True(partner.CalledAt[1] - partner.CalledAt[0] >= TimeSpan.FromSeconds(3), "The retry came before Retry-After.");
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterEqualToMaxQuickRetryAfter_IsRetriedInProcess()
    {
        // Arrange
        var options = new PartnerDeliveryOptions { QuickRetries = 1, MaxQuickRetryAfter = TimeSpan.FromSeconds(5) };
        var pipeline = Pipelines(options).For("acme");
        var throttled = DeliveryResult.Transient(429, "429 Too Many Requests", TimeSpan.FromSeconds(5));
        var partner = new ScriptedPartner(_time, throttled, DeliveryResult.Succeeded(200));

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(2, partner.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_RetryAfterLongerThanMaxQuickRetryAfter_ReturnsItWithoutRetrying()
    {
        // Arrange
        var options = new PartnerDeliveryOptions { QuickRetries = 2, MaxQuickRetryAfter = TimeSpan.FromSeconds(5) };
        var pipeline = Pipelines(options).For("acme");
        var throttled = DeliveryResult.Transient(429, "429 Too Many Requests", TimeSpan.FromSeconds(60));
        var partner = new ScriptedPartner(_time, throttled, DeliveryResult.Succeeded(200));

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Same(throttled, result);
        Assert.Equal(TimeSpan.FromSeconds(60), result.RetryAfter);
        Assert.Equal(1, partner.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_Permanent_ReturnsItWithoutRetrying()
    {
        // Arrange
        var pipeline = Pipelines(new PartnerDeliveryOptions { QuickRetries = 2 }).For("acme");
        var refused = DeliveryResult.Permanent(422, "422 Unprocessable Entity: Validation failed.");
        var partner = new ScriptedPartner(_time, refused, DeliveryResult.Succeeded(200));

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Same(refused, result);
        Assert.Equal(1, partner.Calls);
    }

    [Fact]
    public async Task ExecuteAsync_CallOutlastsAttemptTimeout_IsCancelledAndRetried()
    {
        // Arrange
        var options = new PartnerDeliveryOptions { QuickRetries = 1, AttemptTimeout = TimeSpan.FromSeconds(10) };
        var pipeline = Pipelines(options).For("acme");
        var partner = new ScriptedPartner(_time, null, DeliveryResult.Succeeded(200));

        // Act
        var result = await _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(2, partner.Calls);
        Assert.True(partner.CalledAt[1] - partner.CalledAt[0] >= options.AttemptTimeout, "The first call was given up before its timeout.");
    }

    [Fact]
    public async Task ExecuteAsync_CallOutlastsAttemptTimeoutWithoutQuickRetries_ThrowsTimeoutRejected()
    {
        // Arrange
        var options = new PartnerDeliveryOptions { QuickRetries = 0, AttemptTimeout = TimeSpan.FromSeconds(10) };
        var pipeline = Pipelines(options).For("acme");
        var partner = new ScriptedPartner(_time, [null]);

        // Act
        var run = () => _time.RunAsync(pipeline.ExecuteAsync(partner.SendAsync, CancellationToken.None), Step);

        // Assert
        await Assert.ThrowsAsync<TimeoutRejectedException>(run);
        Assert.Equal(1, partner.Calls);
    }

    private PartnerPipelines Pipelines(PartnerDeliveryOptions defaults) =>
        new(new DeliveryOptions { Defaults = defaults }, _time);
}
