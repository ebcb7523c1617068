using Adapter.Engine.Intake;
using Adapter.Engine.Journal;
using Adapter.Engine.Tests.Support;
using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Engine.Tests.Intake;

/// <summary>Accepted messages, resends, conflicts and a failing store, from received bytes to ACK bytes.</summary>
public sealed class Hl7IntakeTests : IAsyncLifetime
{
    private const string ControlId = "GHLIS2611200187";

    private static readonly IntakePolicy Enhanced = new() { Source = "lab-in", AckMode = Hl7AckMode.Enhanced };

    private readonly IntakeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task ReceiveAsync_ValidOru_AcceptsJournalsAndAcknowledges()
    {
        var message = TestFiles.LabPanel;

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.Equal("AA", result.AckCode);
        Assert.Equal(ControlId, result.ControlId);
        Assert.Equal("ORU^R01", result.MessageType);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AA", ack.Get("MSA-1"));
        Assert.Equal(ControlId, ack.Get("MSA-2"));
        Assert.Equal("ACK0001", ack.Get("MSH-10"));
        Assert.Equal("GOODHEALTH_LIS", ack.Get("MSH-5"));
        Assert.False(ack.TryFindSegment("ERR", 1, out _));
        var journaled = await _harness.Journal.FindAsync(result.MessageId);
        Assert.Equal(MessageStatus.Received, journaled.Record.Status);
        Assert.Equal(new("GOODHEALTH_LIS", "GOODHEALTH^2.16.840.1.113883.19.5^ISO", "ORU^R01", ControlId, "2.5.1"), journaled.Record.Identity);
        Assert.Equal("lab-in", journaled.Record.Source);
        Assert.Equal(IntakeHarness.RemoteAddress, journaled.Record.RemoteAddress);
        Assert.Equal(_harness.Journal.Time.GetUtcNow(), journaled.Record.ReceivedAt);
        Assert.Equal("AA", journaled.Record.AckCode);
        Assert.Equal(message, journaled.Raw.ToArray());
        Assert.Equal(result.Ack!.Value.ToArray(), journaled.Ack.ToArray());
    }

    [Theory]
    [InlineData("adt-a04.hl7")]
    [InlineData("adt-a08.hl7")]
    [InlineData("orm-o01-imaging-order.hl7")]
    [InlineData("orm-o01-lab-order.hl7")]
    [InlineData("oru-r01-lab-panel.hl7")]
    [InlineData("oru-r01-radiology-report.hl7")]
    [InlineData("bench/oru_r01.hl7")]
    public async Task ReceiveAsync_SampleMessage_IsAcceptedWithItsControlId(string name)
    {
        var message = name.StartsWith("bench/", StringComparison.Ordinal) ? TestFiles.Bench(name["bench/".Length..]) : TestFiles.Sample(name);
        var controlId = Hl7Message.Parse(message).Get("MSH-10");

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.Equal("AA", IntakeHarness.Ack(result).Get("MSA-1"));
        Assert.Equal(controlId, IntakeHarness.Ack(result).Get("MSA-2"));
        Assert.Equal(message, (await _harness.Journal.FindAsync(result.MessageId)).Raw.ToArray());
    }

    [Fact]
    public async Task ReceiveAsync_SameBytesAgain_IsDuplicateWithTheFirstAck()
    {
        var intake = _harness.Create();
        var first = await _harness.ReceiveAsync(intake, TestFiles.LabPanel);
        _harness.Journal.Time.Advance(TimeSpan.FromMinutes(3));

        var again = await _harness.ReceiveAsync(intake, TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Duplicate, again.Outcome);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(first.Ack!.Value.ToArray(), again.Ack!.Value.ToArray());
        Assert.Single(await _harness.Journal.ListAsync());
    }

    [Fact]
    public async Task ReceiveAsync_SameControlIdOtherContent_IsConflictWithError205()
    {
        var intake = _harness.Create();
        var first = await _harness.ReceiveAsync(intake, TestFiles.LabPanel);

        var result = await _harness.ReceiveAsync(intake, TestFiles.Replace(TestFiles.LabPanel, "|1|112|mg/dL", "|1|113|mg/dL"));

        Assert.Equal(IntakeOutcome.Conflict, result.Outcome);
        Assert.Equal("AE", result.AckCode);
        Assert.NotEqual(first.MessageId, result.MessageId);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AE", ack.Get("MSA-1"));
        Assert.Equal(ControlId, ack.Get("MSA-2"));
        Assert.Equal("205", ack.Get("ERR-3.1"));
        Assert.Equal("MSH", ack.Get("ERR-2.1"));
        Assert.Equal("10", ack.Get("ERR-2.3"));
        var conflict = (await _harness.Journal.FindAsync(result.MessageId)).Record;
        Assert.Equal(MessageStatus.Conflict, conflict.Status);
        Assert.Equal("AE", conflict.AckCode);
    }

    [Fact]
    public async Task ReceiveAsync_ConflictInEnhancedMode_AnswersCe()
    {
        var intake = _harness.Create(Enhanced);
        await _harness.ReceiveAsync(intake, TestFiles.LabPanel);

        var result = await _harness.ReceiveAsync(intake, TestFiles.Replace(TestFiles.LabPanel, "|1|112|mg/dL", "|1|113|mg/dL"));

        Assert.Equal(IntakeOutcome.Conflict, result.Outcome);
        Assert.Equal("CE", IntakeHarness.Ack(result).Get("MSA-1"));
        Assert.Equal("205", IntakeHarness.Ack(result).Get("ERR-3.1"));
        Assert.Equal("CE", (await _harness.Journal.FindAsync(result.MessageId)).Record.AckCode);
    }

    [Theory]
    [InlineData(Hl7AckMode.Original, "AR")]
    [InlineData(Hl7AckMode.Enhanced, "CE")]
    public async Task ReceiveAsync_StoreLocked_AnswersError207AndStoresNothing(Hl7AckMode mode, string expectedCode)
    {
        var intake = _harness.Create(new IntakePolicy { Source = "lab-in", AckMode = mode });
        IntakeResult result;
        using (DatabaseLock.Hold(_harness.Journal.DatabasePath))
        {
            result = await _harness.ReceiveAsync(intake, TestFiles.LabPanel);
        }

        Assert.Equal(IntakeOutcome.StoreUnavailable, result.Outcome);
        Assert.Equal(expectedCode, result.AckCode);
        Assert.Equal(0, result.MessageId);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal(expectedCode, ack.Get("MSA-1"));
        Assert.Equal(ControlId, ack.Get("MSA-2"));
        Assert.Equal("207", ack.Get("ERR-3.1"));
        Assert.Equal("MSH", ack.Get("ERR-2.1"));
        Assert.Empty(await _harness.Journal.ListAsync());
    }

    [Fact]
    public async Task ReceiveAsync_ResendAfterTheStoreRecovers_IsAccepted()
    {
        var intake = _harness.Create();
        using (DatabaseLock.Hold(_harness.Journal.DatabasePath))
        {
            await _harness.ReceiveAsync(intake, TestFiles.LabPanel);
        }

        var result = await _harness.ReceiveAsync(intake, TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.Equal("AA", IntakeHarness.Ack(result).Get("MSA-1"));
    }

    [Fact]
    public async Task ReceiveAsync_EnhancedModeValid_AnswersCa()
    {
        var result = await _harness.ReceiveAsync(_harness.Create(Enhanced), TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.Equal("CA", IntakeHarness.Ack(result).Get("MSA-1"));
    }

    [Fact]
    public async Task ReceiveAsync_EnhancedModeNeverAcknowledge_AcceptsWithoutAck()
    {
        var message = TestFiles.Replace(TestFiles.LabPanel, "|||AL|NE|", "|||NE|NE|");

        var result = await _harness.ReceiveAsync(_harness.Create(Enhanced), message);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.Equal("CA", result.AckCode);
        Assert.Null(result.Ack);
        Assert.Equal(MessageStatus.Received, Assert.Single(await _harness.Journal.ListAsync()).Status);
    }

    [Fact]
    public async Task ReceiveAsync_EnhancedModeErrorOnlyAndValid_AcceptsWithoutAck()
    {
        var message = TestFiles.Replace(TestFiles.LabPanel, "|||AL|NE|", "|||ER|NE|");

        var result = await _harness.ReceiveAsync(_harness.Create(Enhanced), message);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
        Assert.Null(result.Ack);
    }

    [Fact]
    public async Task ReceiveAsync_EnhancedModeErrorOnlyAndRejected_Acknowledges()
    {
        var message = TestFiles.Replace(TestFiles.Replace(TestFiles.LabPanel, "|||AL|NE|", "|||ER|NE|"), "|P|2.5.1|", "|P|9.9|");

        var result = await _harness.ReceiveAsync(_harness.Create(Enhanced), message);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        Assert.Equal("CR", IntakeHarness.Ack(result).Get("MSA-1"));
        Assert.Equal("203", IntakeHarness.Ack(result).Get("ERR-3.1"));
    }

    [Fact]
    public async Task ReceiveAsync_OriginalModeNeverAcknowledge_StillAcknowledges()
    {
        var message = TestFiles.Replace(TestFiles.LabPanel, "|||AL|NE|", "|||NE|NE|");

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal("AA", IntakeHarness.Ack(result).Get("MSA-1"));
    }
}
