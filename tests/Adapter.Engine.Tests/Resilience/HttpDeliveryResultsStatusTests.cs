using System.Net;
using System.Net.Http.Headers;
using Adapter.Engine.Delivery;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>How <see cref="HttpDeliveryResults.FromResponseAsync"/> classifies a partner's status code.</summary>
public sealed class HttpDeliveryResultsStatusTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 19, 16, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task FromResponseAsync_SuccessWithBody_SucceedsAndKeepsBodyAsResponse(int status)
    {
        // Arrange
        const string Body = """{"resourceType":"Task","id":"42"}""";
        using var response = PartnerResponses.Json((HttpStatusCode)status, Body);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(Body, result.Response);
        Assert.Null(result.Reason);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task FromResponseAsync_SuccessWithEmptyBody_SucceedsWithNullResponse()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.Created);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(201, result.StatusCode);
        Assert.Null(result.Response);
    }

    [Fact]
    public async Task FromResponseAsync_SuccessWithoutContent_SucceedsWithNullResponse()
    {
        // Arrange
        using var response = new HttpResponseMessage(HttpStatusCode.OK);

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Null(result.Response);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(422)]
    public async Task FromResponseAsync_ClientError_IsPermanentWithStatusInReason(int status)
    {
        // Arrange
        using var response = PartnerResponses.Text((HttpStatusCode)status, "refused");

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.StartsWith($"{status} ", result.Reason, StringComparison.Ordinal);
        Assert.Null(result.Response);
        Assert.Null(result.RetryAfter);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task FromResponseAsync_TimeoutThrottleOrServerError_IsTransientWithStatusInReason(int status)
    {
        // Arrange
        using var response = PartnerResponses.Text((HttpStatusCode)status, "try later");

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.StartsWith($"{status} ", result.Reason, StringComparison.Ordinal);
        Assert.Null(result.Response);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task FromResponseAsync_PermanentWithRetryAfter_IgnoresRetryAfter()
    {
        // Arrange
        using var response = PartnerResponses.Text(HttpStatusCode.BadRequest, "bad");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30));

        // Act
        var result = await HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task FromResponseAsync_NullResponse_Throws()
    {
        // Arrange
        HttpResponseMessage response = null!;

        // Act
        var call = () => HttpDeliveryResults.FromResponseAsync(response, Now, CancellationToken.None);

        // Assert
        await Assert.ThrowsAsync<ArgumentNullException>(call);
    }
}
