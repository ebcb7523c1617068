using System.Text.Json.Nodes;
using Adapter.Engine.Delivery;
using Adapter.Partners.Http;
using Adapter.Partners.Lis;
using Adapter.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Partners.Tests.Lis;

/// <summary>What the LIS connector sends, from a mapping loaded as the service loads it.</summary>
public sealed class LisConnectorRequestTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_Post_SendsBodyToBaseUrlAndPath()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        var mapping = LisMappings.Load(partner.Url("/api/v2/"));
        var body = new JsonObject { ["externalPatientID"] = "MRN-1", ["firstName"] = "Zoë", ["email"] = null };

        // Act
        await new LisConnector(http, _time).SendAsync(new DeliveryRequest(mapping, "createPatient", "POST", "/patients", body, "op-1", 1, 1), CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/api/v2/patients", request.Path);
        Assert.Empty(request.QueryString);
        Assert.True(JsonNode.DeepEquals(body, JsonNode.Parse(request.Body)), request.Body);
        Assert.Equal("op-1", request.Header(JsonCall.IdempotencyKeyHeader));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    public async Task SendAsync_MethodOtherThanPost_UsesThatMethodWithBody(string method)
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        var mapping = LisMappings.Load(partner.BaseAddress);
        var body = new JsonObject { ["externalPatientID"] = "MRN-1" };

        // Act
        await new LisConnector(http, _time).SendAsync(new DeliveryRequest(mapping, "updatePatient", method, "/patients", body, "op-2", 1, 2), CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal(method, request.Method);
        Assert.Equal("/patients", request.Path);
        Assert.True(JsonNode.DeepEquals(body, JsonNode.Parse(request.Body)), request.Body);
    }

    [Fact]
    public async Task SendAsync_Get_SendsFieldsAsQueryAndNoBody()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        var mapping = LisMappings.Load(partner.BaseAddress);
        // As the delivery worker hands it over: parsed from the outbox's stored JSON.
        var body = JsonNode.Parse("""{"externalOrderID":"ORD 1&2","firstName":"Zoë"}""")!.AsObject();

        // Act
        await new LisConnector(http, _time).SendAsync(new DeliveryRequest(mapping, "createTest", "GET", "/tests", body, "op-3", 1, 3), CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/tests", request.Path);
        Assert.Equal("ORD 1&2", request.Query["externalOrderID"]);
        Assert.Equal("Zoë", request.Query["firstName"]);
        Assert.Equal(2, request.Query.Count);
        Assert.Empty(request.Body);
    }

    [Fact]
    public async Task SendAsync_NoApiKeyHeaderSetting_SendsKeyInXApiKey()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        var mapping = LisMappings.Load(partner.BaseAddress);

        // Act
        await new LisConnector(http, _time).SendAsync(new DeliveryRequest(mapping, "createPatient", "POST", "/patients", [], "op-4", 1, 4), CancellationToken.None);

        // Assert
        Assert.Equal(LisMappings.ApiKey, Assert.Single(partner.Requests).Header("X-API-Key"));
    }

    [Fact]
    public async Task SendAsync_ApiKeyHeaderSetting_SendsKeyInNamedHeaderOnly()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        var mapping = LisMappings.Load(partner.BaseAddress, apiKeyHeader: "X-Lab-Key");

        // Act
        await new LisConnector(http, _time).SendAsync(new DeliveryRequest(mapping, "createPatient", "POST", "/patients", [], "op-5", 1, 5), CancellationToken.None);

        // Assert
        var request = Assert.Single(partner.Requests);
        Assert.Equal(LisMappings.ApiKey, request.Header("X-Lab-Key"));
        Assert.Null(request.Header("X-API-Key"));
    }

    [Fact]
    public async Task SendAsync_ApiKeyHeaderNotAHeaderName_PermanentAndNothingSent()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync();
        using var http = new PartnerHttp();
        var mapping = LisMappings.Load(partner.BaseAddress, apiKeyHeader: "X API Key");

        // Act
        var result = await new LisConnector(http, _time).SendAsync(new DeliveryRequest(mapping, "createPatient", "POST", "/patients", [], "op-6", 1, 6), CancellationToken.None);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Contains("X API Key", result.Reason, StringComparison.Ordinal);
        Assert.Empty(partner.Requests);
    }
}
