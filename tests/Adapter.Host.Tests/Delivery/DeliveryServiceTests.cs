using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adapter.Engine.Delivery;
using Adapter.Host.Admin;
using Adapter.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace Adapter.Host.Tests.Delivery;

/// <summary>
/// The running service with a mappings folder and a partner connector: a message received over
/// MLLP is routed, its operations run through the delivery worker, and what happened is visible
/// (and replayable) through the admin API.
/// </summary>
public sealed class DeliveryServiceTests : IDisposable
{
    // Variable names unique to this class, so setting them cannot disturb tests running beside it.
    private const string Prefix = "ADAPTER_HOST_TESTS_DELIVERY_";

    private const string Mapping = """
        partner: acme-labs
        kind: docus-labs
        settings:
          submitLabResultsUrl: https://docus.example/submit
          generateInterpretationUrl: https://docus.example/interpret
          reports: patients
        auth:
          apiKey: ${ADAPTER_HOST_TESTS_DELIVERY_KEY}
          teamId: ${ADAPTER_HOST_TESTS_DELIVERY_TEAM}
          inboundApiKey: ${ADAPTER_HOST_TESTS_DELIVERY_INBOUND}
        accept:
          - listener: default
            messageType: ORU^R01
        operations:
          submitLabResults:
            fields:
              patient_id: "%patient.identifier.value.first()"
              reference_id: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
              patient_email: "'patient@example.org'"
              data: "%observations.displayAll('\n')"
        """;

    private readonly DocusMappingFolder _mappings = new(Prefix, Mapping);
    private readonly RecordingConnector _connector = new();


    [Fact]
    public async Task Receive_AcceptedLabResult_IsDeliveredToThePartnerAndShownAsDelivered()
    {
        // Arrange
        await using var adapter = await StartAsync();
        var message = TestMessage.WithUniqueId();

        // Act
        var id = await SendAsync(adapter, message);
        await Eventually.UntilAsync(async () => (await ShowAsync(adapter, id)).Message.Status == "delivered", "the message to be delivered");

        // Assert
        var request = Assert.Single(_connector.Requests);
        Assert.Equal(("submitLabResults", "EHR-ORD-1", "105"), (request.Operation, request.Body["reference_id"]?.GetValue<string>(), request.Body["data"]?.GetValue<string>()?.Split(' ')[1]));
        var detail = await ShowAsync(adapter, id);
        var route = Assert.Single(detail.Routes);
        Assert.Equal(("acme-labs", "planned"), (route.Partner, route.Status));
        var operation = Assert.Single(detail.Operations);
        Assert.Equal(("submitLabResults", "succeeded", 1, 201, request.IdempotencyKey), (operation.Operation, operation.Status, operation.Attempts, operation.LastStatusCode, operation.IdempotencyKey));
        Assert.Contains(detail.History, entry => entry.Kind == "delivery" && entry.Detail.StartsWith("submitLabResults to acme-labs succeeded (201)", StringComparison.Ordinal));
        Assert.Contains("adapter_delivery_attempts", await adapter.MetricsAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_RefusedOperationAfterTheFix_IsSentAgainUnderTheSameKeyAndDelivered()
    {
        // Arrange: the partner refuses the first call for what it is.
        _connector.Script(DeliveryResult.Permanent(400, "400 Bad Request: data is empty."));
        await using var adapter = await StartAsync();
        var id = await SendAsync(adapter, TestMessage.WithUniqueId());
        await Eventually.UntilAsync(async () => (await ShowAsync(adapter, id)).Message.Status == "failed", "the message to fail");
        var refused = Assert.Single((await ShowAsync(adapter, id)).Operations);

        // Act
        using var replay = await adapter.Http.PostAsync(new Uri($"/admin/messages/{id}/replay", UriKind.Relative), null);
        await Eventually.UntilAsync(async () => (await ShowAsync(adapter, id)).Message.Status == "delivered", "the replayed message to be delivered");

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(("dead-lettered", "400 Bad Request: data is empty."), (refused.Status, refused.LastError));
        Assert.Equal([refused.IdempotencyKey, refused.IdempotencyKey], _connector.Requests.Select(request => request.IdempotencyKey));
        Assert.Contains((await ShowAsync(adapter, id)).History, entry => entry.Kind == "replay");
    }

    [Fact]
    public async Task Cancel_UnknownMessage_AnswersNotFoundAsAProblem()
    {
        // Arrange
        await using var adapter = await StartAsync();

        // Act
        using var response = await adapter.Http.PostAsync(new Uri("/admin/messages/4040/cancel", UriKind.Relative), null);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _mappings.Dispose();

    private Task<RunningAdapter> StartAsync() =>
        RunningAdapter.StartAsync(
            [$"--Mappings:Directory={_mappings.Path}", "--Delivery:PollInterval=00:00:00.100", "--Delivery:Defaults:QuickRetries=0"],
            LogEventLevel.Information,
            services => services.AddSingleton<IPartnerConnector>(_connector));

    private static async Task<long> SendAsync(RunningAdapter adapter, TestMessage message)
    {
        await using var connection = await adapter.ConnectAsync();
        AckAssert.Accepted(await connection.ExchangeAsync(message.ToBytes()), message.ControlId);
        return (await adapter.ListJournalAsync()).Single(record => record.Identity.ControlId == message.ControlId).Id;
    }

    private static async Task<MessageDetail> ShowAsync(RunningAdapter adapter, long id) =>
        (await adapter.Http.GetFromJsonAsync<MessageDetail>(new Uri($"/admin/messages/{id}", UriKind.Relative), JsonSerializerOptions.Web))!;
}
