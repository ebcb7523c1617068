using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mllp;

/// <summary>Whom a listener serves: accepted senders, allowed addresses, and how many connections at once.</summary>
public sealed class MllpAccessTests
{
    [Fact]
    public async Task Send_SenderNotAccepted_Ar103AtMsh3()
    {
        await using var adapter = await RunningAdapter.StartAsync(
            "--Mllp:Listeners:default:AcceptedSenders:0:Application=GOODHEALTH_LIS",
            "--Mllp:Listeners:default:AcceptedSenders:0:Facility=GOODHEALTH");
        await using var connection = await adapter.ConnectAsync();
        var stranger = TestMessage.WithUniqueId() with { SendingApplication = "NORTHWIND_RIS" };
        var known = TestMessage.WithUniqueId();

        var refused = await connection.ExchangeAsync(stranger.ToBytes());
        var accepted = await connection.ExchangeAsync(known.ToBytes());

        AckAssert.Error(refused, "AR", stranger.ControlId, 103, "MSH", 3);
        AckAssert.Accepted(accepted, known.ControlId);
    }

    [Fact]
    public async Task Send_KnownApplicationAtOtherFacility_Ar103AtMsh4()
    {
        await using var adapter = await RunningAdapter.StartAsync(
            "--Mllp:Listeners:default:AcceptedSenders:0:Application=GOODHEALTH_LIS",
            "--Mllp:Listeners:default:AcceptedSenders:0:Facility=GOODHEALTH");
        await using var connection = await adapter.ConnectAsync();
        var elsewhere = TestMessage.WithUniqueId() with { SendingFacility = "NORTHWIND" };

        var refused = await connection.ExchangeAsync(elsewhere.ToBytes());

        AckAssert.Error(refused, "AR", elsewhere.ControlId, 103, "MSH", 4);
    }

    [Fact]
    public async Task Connect_AddressNotAllowed_ClosedWithoutAnswer()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:AllowedAddresses:0=10.0.0.0/8");
        await using var connection = await adapter.ConnectAsync();

        await connection.SendAsync(TestMessage.WithUniqueId().ToBytes());
        var answer = await connection.ReadUntilClosedAsync();

        Assert.Empty(answer);
        Assert.Empty(await adapter.ListJournalAsync());
        Assert.Single(adapter.Logs.WithEventId(3003));
    }

    [Fact]
    public async Task Connect_AddressInAllowList_Served()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:AllowedAddresses:0=10.0.0.0/8", "--Mllp:Listeners:default:AllowedAddresses:1=127.0.0.1");
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId();

        AckAssert.Accepted(await connection.ExchangeAsync(message.ToBytes()), message.ControlId);
    }

    [Fact]
    public async Task Connect_OverMaxConnections_ClosedAtOnceWhileFirstServed()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:MaxConnections=1");
        await using var first = await adapter.ConnectAsync();
        var before = TestMessage.WithUniqueId("FIRST");
        var after = TestMessage.WithUniqueId("AGAIN");
        // An answer proves the listener has counted the first connection.
        AckAssert.Accepted(await first.ExchangeAsync(before.ToBytes()), before.ControlId);

        await using var second = await adapter.ConnectAsync();
        var secondAnswer = await second.ReadUntilClosedAsync();
        var firstAgain = await first.ExchangeAsync(after.ToBytes());

        Assert.Empty(secondAnswer);
        AckAssert.Accepted(firstAgain, after.ControlId);
        Assert.Single(adapter.Logs.WithEventId(3004));
    }

    [Fact]
    public async Task Connect_AfterTheOnlyAllowedConnectionClosed_Served()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:default:MaxConnections=1");
        await using (var first = await adapter.ConnectAsync())
        {
            var message = TestMessage.WithUniqueId();
            AckAssert.Accepted(await first.ExchangeAsync(message.ToBytes()), message.ControlId);
        }

        await adapter.Logs.WaitForEventIdAsync(3002, "the first connection to be closed");
        await using var next = await adapter.ConnectAsync();
        var nextMessage = TestMessage.WithUniqueId();

        AckAssert.Accepted(await next.ExchangeAsync(nextMessage.ToBytes()), nextMessage.ControlId);
    }
}
