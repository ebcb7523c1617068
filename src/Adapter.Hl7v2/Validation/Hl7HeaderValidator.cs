using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;

namespace Adapter.Hl7v2.Validation;

/// <summary>
/// Checks what a receiver must check before it accepts a message: MSH-7, MSH-9, MSH-10, MSH-11,
/// MSH-12, the acknowledgement conditions, the charset and the bytes against it. Every problem is
/// reported, not only the first.
/// </summary>
public static class Hl7HeaderValidator
{
    private static readonly string[] AckConditions = ["AL", "NE", "ER", "SU"];

    public static IReadOnlyList<Hl7Issue> Validate(Hl7Message message, Hl7HeaderRules? rules = null)
    {
        rules ??= Hl7HeaderRules.Default;
        var issues = new List<Hl7Issue>();
        var msh = message.Header;
        CheckDateTime(msh, issues);
        CheckMessageType(msh, rules, issues);
        if (!msh.Field(10).HasValue)
        {
            issues.Add(Missing(10, "MSH-10 (message control id) is empty; the acknowledgement could not refer to the message."));
        }

        CheckCoded(msh, 11, "processing id", rules.ProcessingIds, Hl7ErrorCode.UnsupportedProcessingId, issues);
        CheckCoded(msh, 12, "version id", rules.Versions, Hl7ErrorCode.UnsupportedVersionId, issues);
        CheckAckCondition(msh, 15, "accept acknowledgment type", issues);
        CheckAckCondition(msh, 16, "application acknowledgment type", issues);
        if (message.HasUnsupportedCharset)
        {
            issues.Add(Hl7Issue.Error(Hl7ErrorCode.TableValueNotFound, new Hl7Location("MSH", 1, 18), "MSH-18 (character set) names a charset the adapter does not support; use ASCII, 8859/1 or UNICODE UTF-8."));
        }

        if (CharsetCheck.FindInvalidByte(message) is { } invalid)
        {
            issues.Add(invalid);
        }

        return issues;
    }

    private static void CheckDateTime(Hl7Segment msh, List<Hl7Issue> issues)
    {
        var field = msh.Field(7);
        if (!field.HasValue)
        {
            issues.Add(Missing(7, "MSH-7 (date/time of message) is empty."));
        }
        else if (!Hl7DateTime.TryRead(field, out _))
        {
            issues.Add(Hl7Issue.Error(Hl7ErrorCode.DataTypeError, new Hl7Location("MSH", 1, 7, 1, 1), "MSH-7 (date/time of message) is not a valid date/time (YYYYMMDD[HHMM[SS[.SSSS]]][+/-ZZZZ])."));
        }
    }

    private static void CheckMessageType(Hl7Segment msh, Hl7HeaderRules rules, List<Hl7Issue> issues)
    {
        var type = msh.Field(9).Component(1);
        var trigger = msh.Field(9).Component(2);
        if (!type.HasValue)
        {
            issues.Add(Hl7Issue.Error(Hl7ErrorCode.RequiredFieldMissing, new Hl7Location("MSH", 1, 9, 1, 1), "MSH-9.1 (message type) is empty."));
            return;
        }

        if (!trigger.HasValue && type.Value != "ACK")
        {
            issues.Add(Hl7Issue.Error(Hl7ErrorCode.RequiredFieldMissing, new Hl7Location("MSH", 1, 9, 1, 2), "MSH-9.2 (trigger event) is empty."));
            return;
        }

        if (rules.MessageTypes.Count == 0 || rules.MessageTypes.Contains($"{type.Value}^{trigger.Value}"))
        {
            return;
        }

        var typeKnown = rules.MessageTypes.Any(accepted => accepted.StartsWith($"{type.Value}^", StringComparison.Ordinal));
        issues.Add(typeKnown
            ? Hl7Issue.Error(Hl7ErrorCode.UnsupportedEventCode, new Hl7Location("MSH", 1, 9, 1, 2), $"Trigger event {trigger.Value} is not accepted for {type.Value} messages here.")
            : Hl7Issue.Error(Hl7ErrorCode.UnsupportedMessageType, new Hl7Location("MSH", 1, 9, 1, 1), $"Message type {type.Value} is not accepted here."));
    }

    private static void CheckCoded(Hl7Segment msh, int field, string name, IReadOnlySet<string> accepted, Hl7ErrorCode code, List<Hl7Issue> issues)
    {
        var value = msh.Field(field).Component(1);
        if (!value.HasValue)
        {
            issues.Add(Missing(field, $"MSH-{field} ({name}) is empty."));
        }
        else if (accepted.Count > 0 && !accepted.Contains(value.Value))
        {
            issues.Add(Hl7Issue.Error(code, new Hl7Location("MSH", 1, field, 1, 1), $"MSH-{field} ({name}) {value.Value} is not accepted here; accepted: {string.Join(", ", accepted.Order(StringComparer.Ordinal))}."));
        }
    }

    private static void CheckAckCondition(Hl7Segment msh, int field, string name, List<Hl7Issue> issues)
    {
        var value = msh.Field(field);
        if (value.HasValue && !AckConditions.Contains(value.Value))
        {
            issues.Add(Hl7Issue.Error(Hl7ErrorCode.TableValueNotFound, new Hl7Location("MSH", 1, field), $"MSH-{field} ({name}) must be AL, NE, ER or SU (table 0155)."));
        }
    }

    private static Hl7Issue Missing(int field, string message) =>
        Hl7Issue.Error(Hl7ErrorCode.RequiredFieldMissing, new Hl7Location("MSH", 1, field), message);
}
