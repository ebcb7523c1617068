using System.Globalization;
using Adapter.Engine.Delivery;
using Adapter.Partners.Http;
using Adapter.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Partners.Tests.Http;

/// <summary>How <see cref="JsonCall"/> classifies what the partner answered.</summary>
public sealed class JsonCallAnswerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(200, DeliveryOutcome.Succeeded)]
    [InlineData(201, DeliveryOutcome.Succeeded)]
    [InlineData(400, DeliveryOutcome.Permanent)]
    [InlineData(404, DeliveryOutcome.Permanent)]
    [InlineData(409, DeliveryOutcome.Permanent)]
    [InlineData(408, DeliveryOutcome.Transient)]
    [InlineData(429, DeliveryOutcome.Transient)]
    [InlineData(500, DeliveryOutcome.Transient)]
    [InlineData(503, DeliveryOutcome.Transient)]
    public async Task SendAsync_PartnerAnswersStatus_ClassifiedByStatus(int status, DeliveryOutcome expected)
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(status, """{"message":"scripted"}"""));
        using var http = new PartnerHttp();

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, CancellationToken.None);

        // Assert
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
    }

    [Fact]
    public async Task SendAsync_SuccessWithBody_KeepsResponse()
    {
        // Arrange
        const string answer = """{"data":{"id":"LIS-42"}}""";
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(201, answer));
        using var http = new PartnerHttp();

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(answer, result.Response);
    }

    [Fact]
    public async Task SendAsync_RetryAfterDate_MeasuredFromInjectedClock()
    {
        // Arrange
        var until = _time.GetUtcNow().AddSeconds(90).ToString("r", CultureInfo.InvariantCulture);
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(429).WithHeader("Retry-After", until));
        using var http = new PartnerHttp();

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(90), result.RetryAfter);
    }
}
