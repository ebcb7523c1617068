using System.Text.Json.Nodes;
using Adapter.Partners.Http;
using Adapter.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Partners.Tests.Http;

/// <summary>What <see cref="JsonCall"/> puts on the wire, as a partner on loopback receives it.</summary>
public sealed class JsonCallRequestTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_AnyCall_SendsIdempotencyKeyAndAcceptJson()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();

        // Act
        await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], [], "op-17-key", _time, CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal("op-17-key", request.Header(JsonCall.IdempotencyKeyHeader));
        Assert.Equal("application/json", request.Header("Accept"));
    }

    [Fact]
    public async Task SendAsync_GivenHeaders_SendsEachHeader()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        KeyValuePair<string, string>[] headers = [new("X-API-Key", "secret-1"), new("X-Team", "team-2")];

        // Act
        await JsonCall.SendAsync(http.Client, HttpMethod.Post, partner.Url("/patients"), [], headers, "key", _time, CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal("secret-1", request.Header("X-API-Key"));
        Assert.Equal("team-2", request.Header("X-Team"));
    }

    [Fact]
    public async Task SendAsync_WithBody_SendsBodyAsJson()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        var body = new JsonObject { ["externalPatientID"] = "MRN-1", ["firstName"] = "Zoë", ["visits"] = new JsonArray(1, 2) };

        // Act
        await JsonCall.SendAsync(http.Client, HttpMethod.Put, partner.Url("/patients"), body, [], "key", _time, CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(body, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task SendAsync_NullBody_SendsNoBody()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();

        // Act
        await JsonCall.SendAsync(http.Client, HttpMethod.Get, partner.Url("/tests?id=7"), null, [], "key", _time, CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("?id=7", request.QueryString);
        Assert.Empty(request.Body);
        Assert.Null(request.Header("Content-Type"));
    }
}
