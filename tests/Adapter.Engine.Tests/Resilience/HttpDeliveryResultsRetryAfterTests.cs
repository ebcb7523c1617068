using System.Net;
using System.Net.Http.Headers;
using Adapter.Engine.Delivery;

namespace Adapter.Engine.Tests.Resilience;

/// <summary><c>Retry-After</c> on a transient answer, as delta seconds or an HTTP date measured from <c>now</c>.</summary>
public sealed class HttpDeliveryResultsRetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 19, 16, 0, TimeSpan.Zero);

    [Fact]
    public async Task FromResponseAsync_RetryAfterDeltaSeconds_KeepsTheDelta()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.TooManyRequests, "slow down");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(120));

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Fact]
    public async Task FromResponseAsync_RetryAfterFutureDate_IsTheTimeUntilThatDate()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.ServiceUnavailable, "maintenance");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(90));

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(90), result.RetryAfter);
    }

    [Theory]
    [InlineData(-3600)]
    [InlineData(0)]
    public async Task FromResponseAsync_RetryAfterDateNotInFuture_IsZero(int secondsFromNow)
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.ServiceUnavailable, "maintenance");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(secondsFromNow));

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(TimeSpan.Zero, result.RetryAfter);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("Fri, 20 Nov 2026 19:17:30 GMT", 90)]
    [InlineData("Fri, 20 Nov 2026 18:00:00 GMT", 0)]
    public async Task FromResponseAsync_RetryAfterHeaderAsSent_IsParsed(string header, int expectedSeconds)
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.ServiceUnavailable, "maintenance");
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), result.RetryAfter);
    }

    [Fact]
    public async Task FromResponseAsync_TransientWithoutRetryAfter_HasNullRetryAfter()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.BadGateway, "upstream");

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public void RetryAfterOf_NegativeDelta_IsZero()
    {
        // Arrange
        var header = new RetryConditionHeaderValue(TimeSpan.FromSeconds(-5));

        // Act
        var wait = HttpDeliveryResults.RetryAfterOf(header, Now);

        // Assert
        Assert.Equal(TimeSpan.Zero, wait);
    }
}
