using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Adapter.Host.Admin;
using Adapter.Host.Tests.Support;
using Serilog.Events;

namespace Adapter.Host.Tests.Outbound;

/// <summary>
/// The running service with an outbound destination: messages queued through the admin API reach
/// the hospital in order, each acknowledged before the next; an AE parks the message with the
/// hospital's reason, and a replay sends it again at the end of the queue.
/// </summary>
public sealed class OutboundQueueServiceTests
{
    [Fact]
    public async Task Enqueue_ThreeMessages_AreSentInOrderAndShownAsSent()
    {
        // Arrange
        await using var hospital = new TestHospital();
        await using var adapter = await StartAsync(hospital);

        // Act
        foreach (var controlId in new[] { "R1", "R2", "R3" })
        {
            using var queued = await EnqueueAsync(adapter, controlId);
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        }

        await Eventually.UntilAsync(async () => (await ListAsync(adapter, "sent")).Count == 3, "three messages to be sent");

        // Assert
        Assert.Equal(["R1", "R2", "R3"], hospital.Received);
        Assert.All(await ListAsync(adapter, "sent"), message => Assert.Equal(("AA", 1), (message.LastAckCode, message.Attempts)));
        Assert.Contains("adapter_outbound_sends", await adapter.MetricsAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enqueue_HospitalAnswersAe_ParksItWithTheReasonAndTheQueueMovesOn()
    {
        // Arrange
        await using var hospital = new TestHospital(controlId => controlId == "BAD" ? "AE" : "AA");
        await using var adapter = await StartAsync(hospital);

        // Act
        (await EnqueueAsync(adapter, "BAD")).Dispose();
        (await EnqueueAsync(adapter, "GOOD")).Dispose();
        await Eventually.UntilAsync(async () => (await ListAsync(adapter, "sent")).Count == 1, "the good message to be sent");
        var parked = Assert.Single(await ListAsync(adapter, "parked"));
        hospital.Answer = _ => "AA";
        using var replay = await adapter.Http.PostAsync(new Uri($"/admin/outbound/{parked.Id}/replay", UriKind.Relative), null);
        await Eventually.UntilAsync(async () => (await ListAsync(adapter, "sent")).Count == 2, "the replayed message to be sent");

        // Assert
        Assert.Equal(("BAD", "AE", "Result for an unknown order"), (parked.ControlId, parked.LastAckCode, parked.LastError));
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(["BAD", "GOOD", "BAD"], hospital.Received);
    }

    [Fact]
    public async Task Enqueue_UnknownDestination_IsAProblemNamingTheKnownOnes()
    {
        // Arrange
        await using var hospital = new TestHospital();
        await using var adapter = await StartAsync(hospital);

        // Act
        using var response = await adapter.Http.PostAsync(new Uri("/admin/outbound/ris", UriKind.Relative), new StringContent(Message("R1")));

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("emr", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<RunningAdapter> StartAsync(TestHospital hospital) =>
        RunningAdapter.StartAsync(
            [
                "--Outbound:Destinations:emr:Host=127.0.0.1",
                $"--Outbound:Destinations:emr:Port={hospital.Port}",
                "--Outbound:Destinations:emr:AckTimeout=00:00:05",
                "--Outbound:PollInterval=00:00:00.100",
            ],
            LogEventLevel.Information);

    private static string Message(string controlId) =>
        $"MSH|^~\\&|ADAPTER|HOSP|EMR|HOSP|20261120093000||ORU^R01^ORU_R01|{controlId}|P|2.5.1\rPID|1||100234567^^^HOSP^MR\rOBX|1|RP|LINK^Report link^L||https://example.org/r/1\r";

    private static Task<HttpResponseMessage> EnqueueAsync(RunningAdapter adapter, string controlId) =>
        adapter.Http.PostAsync(new Uri("/admin/outbound/emr", UriKind.Relative), new StringContent(Message(controlId), Encoding.UTF8, "text/plain"));

    private static async Task<IReadOnlyList<OutboundMessageView>> ListAsync(RunningAdapter adapter, string status) =>
        (await adapter.Http.GetFromJsonAsync<List<OutboundMessageView>>(new Uri($"/admin/outbound?status={status}", UriKind.Relative), JsonSerializerOptions.Web))!;
}
