using Adapter.Engine.Outbox;

namespace Adapter.Engine.Tests.Delivery;

public sealed class DeliveryWorkerOrderingTests
{
    [Fact]
    public async Task RunAsync_FirstReportOfAnAppointmentRetried_LaterReportsWaitForItAndOtherAppointmentsGoOn()
    {
        // Arrange: five reports for APPT-A, then three for APPT-B; APPT-A's first call meets a 503 asking for 1 s.
        await using var harness = await DeliveryHarness.StartAsync();
        harness.Partner.ScriptFor("/appointments/APPT-A/", PartnerReply.Unavailable(TimeSpan.FromSeconds(1)));
        var first = new List<long>();
        for (var i = 1; i <= 5; i++)
        {
            first.Add(await harness.AppendAsync($"A{i}", "APPT-A"));
        }

        var other = new List<long>();
        for (var i = 1; i <= 3; i++)
        {
            other.Add(await harness.AppendAsync($"B{i}", "APPT-B"));
        }

        await harness.RouteAllAsync();

        // Act
        await harness.DeliverAllAsync();

        // Assert
        var operations = await harness.OperationsAsync();
        Assert.All(operations, operation => Assert.Equal(OperationStatus.Succeeded, operation.Status));
        var keysA = await KeysAsync(harness, first);
        var keysB = await KeysAsync(harness, other);
        // Nothing of APPT-A was sent while its first report waited for its retry.
        var requestsA = harness.Partner.Requests.Where(request => request.Path.Contains("/appointments/APPT-A/", StringComparison.Ordinal));
        Assert.Equal([keysA[0], .. keysA], requestsA.Select(request => request.IdempotencyKey));
        var effects = harness.Partner.Effects;
        Assert.Equal(keysA, effects.Where(effect => keysA.Contains(effect.IdempotencyKey)).Select(effect => effect.IdempotencyKey));
        Assert.Equal(keysB, effects.Where(effect => keysB.Contains(effect.IdempotencyKey)).Select(effect => effect.IdempotencyKey));
        // APPT-B was not held by APPT-A's retry: all of it was applied before APPT-A's first report.
        var retried = Assert.Single(effects, effect => effect.IdempotencyKey == keysA[0]);
        Assert.All(effects.Where(effect => keysB.Contains(effect.IdempotencyKey)), effect => Assert.True(effect.Sequence < retried.Sequence));
    }

    private static async Task<List<string>> KeysAsync(DeliveryHarness harness, IEnumerable<long> messages)
    {
        var keys = new List<string>();
        foreach (var message in messages)
        {
            keys.Add((await harness.OperationOfAsync(message)).IdempotencyKey);
        }

        return keys;
    }
}
