using System.Net;
using Adapter.Engine.Journal;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>When the journal cannot write, nothing is acknowledged positively, readiness says so, and both recover on their own.</summary>
public sealed class MllpStoreUnavailableTests
{
    [Fact]
    public async Task Send_DatabaseLockedByAnotherProcess_Ar207AndNotReadyThenRecovers()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var before = TestMessage.WithUniqueId("BEFORE");
        var during = TestMessage.WithUniqueId("DURING");
        var after = TestMessage.WithUniqueId("AFTER");
        AckAssert.Accepted(await connection.ExchangeAsync(before.ToBytes()), before.ControlId);

        Hl7Message duringAck;
        HttpStatusCode readyWhileLocked;
        using (DatabaseLock.Hold(adapter.DatabasePath))
        {
            duringAck = await connection.ExchangeAsync(during.ToBytes());
            readyWhileLocked = await ReadyAsync(adapter);
        }

        await Eventually.UntilAsync(async () => await ReadyAsync(adapter) == HttpStatusCode.OK, "/health/ready to answer 200 again");
        var afterAck = await connection.ExchangeAsync(after.ToBytes());

        AckAssert.Error(duringAck, "AR", during.ControlId, 207, "MSH", field: null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileLocked);
        AckAssert.Accepted(afterAck, after.ControlId);
        var journal = await adapter.ListJournalAsync();
        Assert.Equal([before.ControlId, after.ControlId], journal.Select(record => record.Identity.ControlId));
        Assert.All(journal, record => Assert.Equal(MessageStatus.Received, record.Status));
    }

    [Fact]
    public async Task Resend_AfterStoreRecovered_AcceptedAsNew()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId();

        string duringCode;
        using (DatabaseLock.Hold(adapter.DatabasePath))
        {
            duringCode = (await connection.ExchangeAsync(message.ToBytes())).Get("MSA-1");
        }

        var resent = await connection.ExchangeAsync(message.ToBytes());

        Assert.Equal("AR", duringCode);
        AckAssert.Accepted(resent, message.ControlId);
        Assert.Single(await adapter.ListJournalAsync());
    }

    private static async Task<HttpStatusCode> ReadyAsync(RunningAdapter adapter)
    {
        using var response = await adapter.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return response.StatusCode;
    }
}
