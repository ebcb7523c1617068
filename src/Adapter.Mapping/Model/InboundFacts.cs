using Adapter.Hl7v2.Parsing;

namespace Adapter.Mapping.Model;

/// <summary>What routing knows of an inbound message before its content: where it came from and its header.</summary>
/// <param name="Listener">The MLLP listener it arrived on; null when unknown (a dry run) or not MLLP.</param>
/// <param name="IsFhir">Whether it was posted to the FHIR endpoint.</param>
/// <param name="MessageType">MSH-9 as <c>ORU^R01</c>; null for FHIR.</param>
/// <param name="SendingApplication">MSH-3.1.</param>
/// <param name="SendingFacility">MSH-4.1.</param>
public sealed record InboundFacts(string? Listener, bool IsFhir, string? MessageType, string? SendingApplication, string? SendingFacility)
{
    /// <summary>The facts of an HL7 v2 message received on <paramref name="listener"/> (null in a dry run).</summary>
    public static InboundFacts FromV2(Hl7Message message, string? listener)
    {
        ArgumentNullException.ThrowIfNull(message);
        var header = message.Header;
        var type = header.Field(9);
        var trigger = type.Component(2).Value;
        var messageType = trigger.Length == 0 ? type.Component(1).Value : $"{type.Component(1).Value}^{trigger}";
        return new InboundFacts(listener, false, messageType, header.Field(3).Component(1).Value, header.Field(4).Component(1).Value);
    }
}
