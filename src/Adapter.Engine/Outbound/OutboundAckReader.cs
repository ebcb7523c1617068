using Adapter.Hl7v2.Parsing;

namespace Adapter.Engine.Outbound;

/// <summary>
/// Reads the answer to one sent message: which message it is about (MSA-2), what it says (MSA-1),
/// and the reason a person reads when it refuses (ERR-8, ERR-3 text, the ERR-1 text of v2.3
/// engines, else MSA-3).
/// </summary>
internal static class OutboundAckReader
{
    public static OutboundAck Read(ReadOnlyMemory<byte> answer, string controlId, TimeSpan elapsed)
    {
        Hl7Message ack;
        try
        {
            ack = Hl7Message.Parse(answer);
        }
        catch (Hl7ParseException)
        {
            return new OutboundAck(OutboundAckOutcome.Unreadable, null, null, null, elapsed);
        }

        if (!ack.TryFindSegment("MSA", 1, out var msa))
        {
            return new OutboundAck(OutboundAckOutcome.Unreadable, null, null, null, elapsed);
        }

        var code = NullIfEmpty(msa.Field(1).Value);
        var acknowledged = NullIfEmpty(msa.Field(2).Value);
        if (!string.Equals(acknowledged, controlId, StringComparison.Ordinal))
        {
            // An answer about another message (or about none) says nothing about this one.
            return new OutboundAck(OutboundAckOutcome.Mismatched, code, acknowledged, null, elapsed);
        }

        var outcome = code switch
        {
            "AA" or "CA" => OutboundAckOutcome.Accepted,
            "AE" or "CE" => OutboundAckOutcome.ApplicationError,
            "AR" or "CR" => OutboundAckOutcome.Rejected,
            _ => OutboundAckOutcome.Unreadable,
        };
        return new OutboundAck(outcome, code, acknowledged, ErrorText(ack, msa), elapsed);
    }

    private static string? ErrorText(Hl7Message ack, Hl7Segment msa)
    {
        for (var occurrence = 1; ack.TryFindSegment("ERR", occurrence, out var err); occurrence++)
        {
            var text = NullIfEmpty(err.Field(8).Value)
                ?? NullIfEmpty(err.Field(3).Component(2).Value)
                ?? NullIfEmpty(err.Field(1).Component(4).Subcomponent(2).Value);
            if (text is not null)
            {
                return text;
            }
        }

        return NullIfEmpty(msa.Field(3).Value);
    }

    private static string? NullIfEmpty(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
