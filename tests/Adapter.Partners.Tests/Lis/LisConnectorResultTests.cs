using System.Text.Json.Nodes;
using Adapter.Engine.Delivery;
using Adapter.Partners.Http;
using Adapter.Partners.Lis;
using Adapter.Partners.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Partners.Tests.Lis;

/// <summary>What the LIS connector makes of the laboratory's answers.</summary>
public sealed class LisConnectorResultTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    [Fact]
    public async Task SendAsync_Created_SucceededWithResponseKept()
    {
        // Arrange
        const string answer = """{"data":{"id":"LIS-P-9"}}""";
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(201, answer));

        // Act
        var result = await SendAsync(partner);

        // Assert
        Assert.Equal(DeliveryOutcome.Succeeded, result.Outcome);
        Assert.Equal(201, result.StatusCode);
        Assert.Equal(answer, result.Response);
    }

    [Fact]
    public async Task SendAsync_DuplicatePatient_PermanentWithReason()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(409, """{"message":"externalPatientID MRN-1 already exists"}"""));

        // Act
        var result = await SendAsync(partner);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal(409, result.StatusCode);
        Assert.Contains("externalPatientID MRN-1 already exists", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ValidationProblem_PermanentWithReason()
    {
        // Arrange
        const string problem = """{"type":"about:blank","title":"Invalid patient","detail":"dateOfBirth is not a date","status":400}""";
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(400, problem) with { ContentType = "application/problem+json" });

        // Act
        var result = await SendAsync(partner);

        // Assert
        Assert.Equal(DeliveryOutcome.Permanent, result.Outcome);
        Assert.Equal(400, result.StatusCode);
        Assert.Contains("Invalid patient", result.Reason, StringComparison.Ordinal);
        Assert.Contains("dateOfBirth is not a date", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_UnavailableWithRetryAfter_TransientWithRetryAfter()
    {
        // Arrange
        await using var partner = await LoopbackPartner.StartAsync(PartnerAnswer.Json(503, """{"error":"maintenance"}""").WithHeader("Retry-After", "120"));

        // Act
        var result = await SendAsync(partner);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    private async Task<DeliveryResult> SendAsync(LoopbackPartner partner)
    {
        using var http = new PartnerHttp();
        var mapping = LisMappings.Load(partner.BaseAddress);
        var request = new DeliveryRequest(mapping, "createPatient", "POST", "/patients", new JsonObject { ["externalPatientID"] = "MRN-1" }, "op-9", 1, 9);
        return await new LisConnector(http, _time).SendAsync(request, CancellationToken.None);
    }
}
