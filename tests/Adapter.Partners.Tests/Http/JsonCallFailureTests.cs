using Adapter.Engine.Delivery;
using Adapter.Partners.Http;
using Adapter.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Partners.Tests.Http;

/// <summary>
/// No answer at all: network failures and timeouts are transient results, while the caller's own
/// cancellation propagates.
/// </summary>
public sealed class JsonCallFailureTests
{
    /// <summary>A guard so a broken test fails instead of hanging; never a measure of speed.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_ConnectionRefused_Transient()
    {
        // Arrange
        using var http = new PartnerHttp();

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, ClosedPort.Url("/patients"), [], [], "key", _time, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_ConnectionResetBeforeAnswer_Transient()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Reset);
        using var http = new PartnerHttp();

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, CancellationToken.None);

        // Assert
        Assert.Single(partner.Requests);
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_HostNameDoesNotResolve_Transient()
    {
        // Arrange
        using var http = new PartnerHttp();

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, new Uri("http://lis-partner.invalid/patients"), [], [], "key", _time, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_CallerCancelsWhileWaiting_ThrowsOperationCanceled()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Hang);
        using var http = new PartnerHttp();
        using var caller = new CancellationTokenSource();
        var call = JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, caller.Token);
        await partner.FirstRequest.WaitAsync(Guard);

        // Act
        await caller.CancelAsync();

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Guard));
    }

    [Fact]
    public async Task SendAsync_CallerTokenAlreadyCancelled_ThrowsAndSendsNothing()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();

        // Act
        var call = JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, new CancellationToken(canceled: true));

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Empty(partner.Requests);
    }

    [Fact]
    public async Task SendAsync_HttpClientTimesOut_Transient()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Hang);
        using var http = new PartnerHttp();
        http.Client.Timeout = TimeSpan.FromMilliseconds(200);

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, CancellationToken.None).WaitAsync(Guard);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
    }
}
