using Adapter.Engine.Journal;
using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Validation;
using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Intake;

/// <summary>
/// Takes one received HL7 v2 message from parse to answer: checks it against the listener's
/// policy, journals it (accepted or rejected, with its reason) and builds the acknowledgement. A
/// positive acknowledgement is returned only for a message the journal has durably stored.
/// </summary>
public sealed partial class Hl7Intake(IntakePolicy policy, IMessageJournal journal, TimeProvider time, IControlIdGenerator controlIds, ILogger<Hl7Intake> logger)
{
    private readonly Hl7AckBuilder _acks = new(time, controlIds, policy.AckOptions);

    public async ValueTask<IntakeResult> ReceiveAsync(ReceivedFrame frame, CancellationToken cancellationToken)
    {
        Hl7Message message;
        try
        {
            message = Hl7Message.Parse(frame.Payload, policy.ParseOptions);
        }
        catch (Hl7ParseException exception)
        {
            return await RejectUnreadableAsync(frame, exception, cancellationToken).ConfigureAwait(false);
        }

        var identity = IdentityOf(message);
        var senderIssue = CheckSender(message);
        var issues = senderIssue is null ? Hl7HeaderValidator.Validate(message, policy.HeaderRules) : [senderIssue];
        var code = senderIssue is null ? Hl7AckBuilder.Decide(issues, policy.AckMode) : RejectCode;
        if (IsPositive(code) && policy.AcceptanceCheck?.Check(message, policy.Source) is { Count: > 0 } refusals)
        {
            issues = [.. issues, .. refusals];
            code = ErrorCode;
        }

        return IsPositive(code)
            ? await AcceptAsync(frame, message, identity, issues, code, cancellationToken).ConfigureAwait(false)
            : await RejectAsync(frame, message, identity, issues, code, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers a frame refused for its size. Only its beginning was kept (<paramref name="frame"/>
    /// holds it), which is journaled with the reason and read for the sender's header.
    /// </summary>
    public ValueTask<IntakeResult> RejectOversizedAsync(ReceivedFrame frame, int maxFrameBytes, CancellationToken cancellationToken)
    {
        var error = new Hl7ParseException(
            Hl7ErrorCode.ValueTooLong,
            $"The message is larger than this listener's limit of {maxFrameBytes} bytes and was discarded unread.",
            maxFrameBytes);
        return RejectUnreadableAsync(frame, error, cancellationToken);
    }

    private Hl7AckCode RejectCode => policy.AckMode == Hl7AckMode.Original ? Hl7AckCode.AR : Hl7AckCode.CR;

    private Hl7AckCode ErrorCode => policy.AckMode == Hl7AckMode.Original ? Hl7AckCode.AE : Hl7AckCode.CE;

    private async ValueTask<IntakeResult> AcceptAsync(ReceivedFrame frame, Hl7Message message, MessageIdentity identity, IReadOnlyList<Hl7Issue> warnings, Hl7AckCode code, CancellationToken cancellationToken)
    {
        var ack = _acks.Build(message, code, warnings).ToBytes(message.Encoding);
        var stored = await journal.AppendAsync(Entry(frame, identity, MessageStatus.Received, code, ack, reason: null), cancellationToken).ConfigureAwait(false);
        switch (stored.Status)
        {
            case AppendStatus.Stored:
                LogAccepted(logger, identity.ControlId, identity.MessageType, policy.Source, stored.MessageId);
                return Answer(message, IntakeOutcome.Accepted, code, ack, stored.MessageId, identity, succeeded: true);
            case AppendStatus.Duplicate:
                LogDuplicate(logger, identity.ControlId, policy.Source, stored.MessageId);
                return Answer(message, IntakeOutcome.Duplicate, code, stored.OriginalAck, stored.MessageId, identity, succeeded: true);
            case AppendStatus.Conflict:
                LogConflict(logger, identity.ControlId, policy.Source, stored.MessageId, stored.OriginalId ?? 0);
                var conflict = Hl7Issue.Error(Hl7ErrorCode.DuplicateKeyIdentifier, new Hl7Location("MSH", 1, 10), $"Message control id {identity.ControlId} was already received from this sender with different content; this message was kept for review and not processed.");
                return Answer(message, IntakeOutcome.Conflict, ErrorCode, _acks.Build(message, ErrorCode, [conflict]).ToBytes(message.Encoding), stored.MessageId, identity, succeeded: false);
            default:
                var unavailable = Hl7Issue.Error(Hl7ErrorCode.ApplicationInternalError, new Hl7Location("MSH"), "The adapter could not store the message, so it was not accepted; send it again later.");
                var failedCode = policy.AckMode == Hl7AckMode.Original ? Hl7AckCode.AR : Hl7AckCode.CE;
                return Answer(message, IntakeOutcome.StoreUnavailable, failedCode, _acks.Build(message, failedCode, [unavailable]).ToBytes(message.Encoding), 0, identity, succeeded: false);
        }
    }

    private async ValueTask<IntakeResult> RejectAsync(ReceivedFrame frame, Hl7Message message, MessageIdentity identity, IReadOnlyList<Hl7Issue> issues, Hl7AckCode code, CancellationToken cancellationToken)
    {
        var ack = _acks.Build(message, code, issues).ToBytes(message.Encoding);
        var firstError = issues.First(issue => issue.Severity == Hl7Severity.Error);
        LogRejected(logger, identity.ControlId, policy.Source, code.ToString(), (int)firstError.Code, firstError.Location.ToString());
        var stored = await journal.AppendAsync(Entry(frame, identity, MessageStatus.Rejected, code, ack, firstError.ToString()), cancellationToken).ConfigureAwait(false);
        return Answer(message, IntakeOutcome.Rejected, code, ack, stored.MessageId, identity, succeeded: false);
    }

    private async ValueTask<IntakeResult> RejectUnreadableAsync(ReceivedFrame frame, Hl7ParseException exception, CancellationToken cancellationToken)
    {
        var sniffed = SniffedHeader.Read(frame.Payload.Span);
        var identity = new MessageIdentity(sniffed.SendingApplication ?? string.Empty, sniffed.SendingFacility ?? string.Empty, string.Empty, sniffed.ControlId ?? string.Empty, sniffed.Version ?? string.Empty);
        var ack = _acks.BuildForUnreadable(frame.Payload.Span, exception, policy.AckMode).ToBytes();
        LogUnreadable(logger, policy.Source, (int)exception.Code, exception.Position);
        var reason = Hl7Issue.Error(exception.Code, exception.Location ?? new Hl7Location("MSH"), exception.Message).ToString();
        var stored = await journal.AppendAsync(Entry(frame, identity, MessageStatus.Rejected, RejectCode, ack, reason), cancellationToken).ConfigureAwait(false);
        return new IntakeResult(IntakeOutcome.Rejected, RejectCode.ToString(), ack, stored.MessageId, identity.ControlId, identity.MessageType);
    }

    private IntakeResult Answer(Hl7Message message, IntakeOutcome outcome, Hl7AckCode code, ReadOnlyMemory<byte> ack, long messageId, MessageIdentity identity, bool succeeded)
    {
        // Original mode always answers; enhanced mode answers as MSH-15 asks.
        var wanted = policy.AckMode == Hl7AckMode.Original || Hl7AckConditions.WantsAccept(message, succeeded);
        // Spelled out: in a conditional, null would convert through byte[] to an empty memory, not to no answer.
        ReadOnlyMemory<byte>? answer = null;
        if (wanted)
        {
            answer = ack;
        }

        return new IntakeResult(outcome, code.ToString(), answer, messageId, identity.ControlId, identity.MessageType);
    }

    private JournalEntry Entry(ReceivedFrame frame, MessageIdentity identity, MessageStatus status, Hl7AckCode code, byte[] ack, string? reason) => new()
    {
        Source = policy.Source,
        RemoteAddress = frame.RemoteAddress,
        ReceivedAt = frame.ReceivedAt,
        Raw = frame.Payload,
        Identity = identity,
        Status = status,
        AckCode = code.ToString(),
        Ack = ack,
        Reason = reason,
        ConflictAckCode = ErrorCode.ToString(),
    };

    private Hl7Issue? CheckSender(Hl7Message message)
    {
        if (policy.AcceptedSenders.Count == 0)
        {
            return null;
        }

        var application = message.Header.Field(3).Component(1).Value;
        var facility = message.Header.Field(4).Component(1).Value;
        if (policy.AcceptedSenders.Any(sender => sender.Matches(application, facility)))
        {
            return null;
        }

        var applicationKnown = policy.AcceptedSenders.Any(sender => sender.Matches(application, sender.Facility ?? facility) && sender.Application is not null);
        var location = applicationKnown ? new Hl7Location("MSH", 1, 4) : new Hl7Location("MSH", 1, 3);
        return Hl7Issue.Error(Hl7ErrorCode.TableValueNotFound, location, $"Sending application '{application}' at facility '{facility}' is not accepted on listener {policy.Source}.");
    }

    private static MessageIdentity IdentityOf(Hl7Message message)
    {
        var msh = message.Header;
        var type = msh.Field(9);
        var trigger = type.Component(2).Value;
        return new MessageIdentity(
            msh.Field(3).Er7,
            msh.Field(4).Er7,
            trigger.Length == 0 ? type.Component(1).Value : $"{type.Component(1).Value}^{trigger}",
            msh.Field(10).Er7,
            msh.Field(12).Component(1).Value);
    }

    private static bool IsPositive(Hl7AckCode code) => code is Hl7AckCode.AA or Hl7AckCode.CA;
}
