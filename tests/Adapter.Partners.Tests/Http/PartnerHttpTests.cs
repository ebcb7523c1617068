using Adapter.Engine.Delivery;
using Adapter.Partners.Http;
using Adapter.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Partners.Tests.Http;

/// <summary>The shared partner client: redirects are answers, not instructions.</summary>
public sealed class PartnerHttpTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task Client_PartnerRedirects_Permanent3xxAndTargetReceivesNothing(int status)
    {
        // Arrange
        await using var elsewhere = await LoopbackPartner.StartAsync();
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(status).WithHeader("Location", elsewhere.Url("/patients").ToString()));
        using var http = new PartnerHttp();

        // Act
        var result = await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "key", _time, CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Single(partner.Requests);
        Assert.Empty(elsewhere.Requests);
    }

    [Fact]
    public void Client_New_HasNoTimeoutOfItsOwn()
    {
        // Arrange
        using var http = new PartnerHttp();

        // Act
        var timeout = http.Client.Timeout;

        // Assert
        Assert.Equal(Timeout.InfiniteTimeSpan, timeout);
    }
}
