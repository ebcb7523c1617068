using System.Globalization;
using System.Text;
using Adapter.Engine.Intake;
using Adapter.Engine.Journal;
using Adapter.Engine.Tests.Support;
using Adapter.Hl7v2.Validation;

namespace Adapter.Engine.Tests.Intake;

/// <summary>Messages the intake refuses: each is answered with the error and where, and journaled as rejected with its reason.</summary>
public sealed class Hl7IntakeRejectionTests : IAsyncLifetime
{
    private const string ControlId = "GHLIS2611200187";

    private readonly IntakeHarness _harness = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task ReceiveAsync_UnsupportedVersion_RejectsWith203AtMsh12()
    {
        var message = TestFiles.Replace(TestFiles.LabPanel, "|P|2.5.1|", "|P|9.9|");

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        Assert.Equal("AR", result.AckCode);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AR", ack.Get("MSA-1"));
        Assert.Equal(ControlId, ack.Get("MSA-2"));
        Assert.Equal("203", ack.Get("ERR-3.1"));
        Assert.Equal("MSH", ack.Get("ERR-2.1"));
        Assert.Equal("12", ack.Get("ERR-2.3"));
        var journaled = await _harness.Journal.FindAsync(result.MessageId);
        Assert.Equal(MessageStatus.Rejected, journaled.Record.Status);
        Assert.Equal("AR", journaled.Record.AckCode);
        Assert.Contains("MSH-12", journaled.Record.Reason, StringComparison.Ordinal);
        Assert.Contains("203", journaled.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(message, journaled.Raw.ToArray());
        Assert.Equal(result.Ack!.Value.ToArray(), journaled.Ack.ToArray());
    }

    [Theory]
    [InlineData("ADT^A01", Hl7ErrorCode.UnsupportedMessageType, "1")]
    [InlineData("ORU^R30", Hl7ErrorCode.UnsupportedEventCode, "2")]
    public async Task ReceiveAsync_MessageTypeNotAccepted_RejectsAtMsh9(string accepted, Hl7ErrorCode expected, string component)
    {
        var policy = new IntakePolicy { Source = "lab-in", HeaderRules = new Hl7HeaderRules { MessageTypes = new HashSet<string> { accepted } } };

        var result = await _harness.ReceiveAsync(_harness.Create(policy), TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AR", ack.Get("MSA-1"));
        Assert.Equal(((int)expected).ToString(CultureInfo.InvariantCulture), ack.Get("ERR-3.1"));
        Assert.Equal("9", ack.Get("ERR-2.3"));
        Assert.Equal(component, ack.Get("ERR-2.5"));
        Assert.Equal(MessageStatus.Rejected, Assert.Single(await _harness.Journal.ListAsync()).Status);
    }

    [Fact]
    public async Task ReceiveAsync_MessageTypeAccepted_Accepts()
    {
        var policy = new IntakePolicy { Source = "lab-in", HeaderRules = new Hl7HeaderRules { MessageTypes = new HashSet<string> { "ADT^A01", "ORU^R01" } } };

        var result = await _harness.ReceiveAsync(_harness.Create(policy), TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
    }

    [Fact]
    public async Task ReceiveAsync_InvalidMessageDateTime_AnswersAeAndJournalsRejected()
    {
        var message = TestFiles.Replace(TestFiles.LabPanel, "|20261120141530-0500||ORU", "|NOT-A-DATE||ORU");

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        Assert.Equal("AE", IntakeHarness.Ack(result).Get("MSA-1"));
        Assert.Equal("102", IntakeHarness.Ack(result).Get("ERR-3.1"));
        Assert.Equal("7", IntakeHarness.Ack(result).Get("ERR-2.3"));
        var journaled = Assert.Single(await _harness.Journal.ListAsync());
        Assert.Equal(MessageStatus.Rejected, journaled.Status);
        Assert.Equal("AE", journaled.AckCode);
    }

    [Fact]
    public async Task ReceiveAsync_NoHeader_RejectsUnreadableAndJournalsIt()
    {
        var message = Encoding.ASCII.GetBytes("PID|1\r");

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        Assert.Equal("AR", result.AckCode);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AR", ack.Get("MSA-1"));
        Assert.Equal(string.Empty, ack.Get("MSA-2"));
        Assert.Equal("100", ack.Get("ERR-3.1"));
        Assert.Equal("MSH", ack.Get("ERR-2.1"));
        var journaled = await _harness.Journal.FindAsync(result.MessageId);
        Assert.Equal(MessageStatus.Rejected, journaled.Record.Status);
        Assert.Equal("AR", journaled.Record.AckCode);
        Assert.Contains("100", journaled.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(message, journaled.Raw.ToArray());
    }

    [Theory]
    [InlineData("MSH|^~\\&|", "MSH|^~\\|", "2")]
    [InlineData("MSH|^~\\&|", "MSH|^^\\&|", "2")]
    [InlineData("MSH|^~\\&|", "MSH ^~\\&|", "1")]
    public async Task ReceiveAsync_BadDelimiters_RejectsWith102AtTheField(string header, string broken, string field)
    {
        var message = TestFiles.Replace(TestFiles.LabPanel, header, broken);

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AR", ack.Get("MSA-1"));
        Assert.Equal("102", ack.Get("ERR-3.1"));
        Assert.Equal("MSH", ack.Get("ERR-2.1"));
        Assert.Equal(field, ack.Get("ERR-2.3"));
        var journaled = Assert.Single(await _harness.Journal.ListAsync());
        Assert.Equal(MessageStatus.Rejected, journaled.Status);
        Assert.Contains($"MSH-{field}", journaled.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReceiveAsync_BadEncodingCharacters_EchoesTheSniffedControlId()
    {
        var message = TestFiles.Replace(TestFiles.LabPanel, "MSH|^~\\&|", "MSH|^~\\|");

        var result = await _harness.ReceiveAsync(_harness.Create(), message);

        Assert.Equal(ControlId, IntakeHarness.Ack(result).Get("MSA-2"));
        Assert.Equal(ControlId, result.ControlId);
    }

    [Theory]
    [InlineData("OTHER_LIS", null, "3")]
    [InlineData("GOODHEALTH_LIS", "ELSEWHERE", "4")]
    public async Task ReceiveAsync_SenderNotAccepted_RejectsWith103(string application, string? facility, string field)
    {
        var policy = new IntakePolicy { Source = "lab-in", AcceptedSenders = [new AcceptedSender(application, facility)] };

        var result = await _harness.ReceiveAsync(_harness.Create(policy), TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AR", ack.Get("MSA-1"));
        Assert.Equal("103", ack.Get("ERR-3.1"));
        Assert.Equal("MSH", ack.Get("ERR-2.1"));
        Assert.Equal(field, ack.Get("ERR-2.3"));
        Assert.Equal(MessageStatus.Rejected, Assert.Single(await _harness.Journal.ListAsync()).Status);
    }

    [Theory]
    [InlineData("GOODHEALTH_LIS", "GOODHEALTH")]
    [InlineData("GOODHEALTH_LIS", null)]
    [InlineData(null, "GOODHEALTH")]
    public async Task ReceiveAsync_SenderAccepted_Accepts(string? application, string? facility)
    {
        var policy = new IntakePolicy { Source = "lab-in", AcceptedSenders = [new AcceptedSender("OTHER_LIS", null), new AcceptedSender(application, facility)] };

        var result = await _harness.ReceiveAsync(_harness.Create(policy), TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Accepted, result.Outcome);
    }

    [Fact]
    public async Task RejectOversizedAsync_FirstKilobyte_RejectsWith104AndTheSniffedControlId()
    {
        var kept = TestFiles.LabPanel[..1024];

        var result = await _harness.Create().RejectOversizedAsync(_harness.Frame(kept), 1024, CancellationToken.None);

        Assert.Equal(IntakeOutcome.Rejected, result.Outcome);
        Assert.Equal(ControlId, result.ControlId);
        var ack = IntakeHarness.Ack(result);
        Assert.Equal("AR", ack.Get("MSA-1"));
        Assert.Equal(ControlId, ack.Get("MSA-2"));
        Assert.Equal("104", ack.Get("ERR-3.1"));
        var journaled = await _harness.Journal.FindAsync(result.MessageId);
        Assert.Equal(MessageStatus.Rejected, journaled.Record.Status);
        Assert.Equal("GOODHEALTH_LIS", journaled.Record.Identity.SendingApplication);
        Assert.Contains("1024", journaled.Record.Reason, StringComparison.Ordinal);
        Assert.Equal(kept, journaled.Raw.ToArray());
    }

    [Fact]
    public async Task ReceiveAsync_RejectedMessageSentAgain_IsRejectedAgainNotDuplicate()
    {
        var intake = _harness.Create();
        var message = TestFiles.Replace(TestFiles.LabPanel, "|P|2.5.1|", "|P|9.9|");
        var first = await _harness.ReceiveAsync(intake, message);

        var again = await _harness.ReceiveAsync(intake, message);

        Assert.Equal(IntakeOutcome.Rejected, again.Outcome);
        Assert.NotEqual(first.MessageId, again.MessageId);
        Assert.Equal(2, (await _harness.Journal.ListAsync(new JournalQuery { Status = MessageStatus.Rejected })).Count);
    }

    [Fact]
    public async Task ReceiveAsync_CorrectedResendOfARejectedMessage_IsAccepted()
    {
        var intake = _harness.Create();
        await _harness.ReceiveAsync(intake, TestFiles.Replace(TestFiles.LabPanel, "|P|2.5.1|", "|P|9.9|"));

        var corrected = await _harness.ReceiveAsync(intake, TestFiles.LabPanel);

        Assert.Equal(IntakeOutcome.Accepted, corrected.Outcome);
        Assert.Equal("AA", IntakeHarness.Ack(corrected).Get("MSA-1"));
    }
}
