using Adapter.Fhir.Messages;
using Adapter.Fhir.Segments;
using Adapter.Hl7v2.Parsing;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Conversion;

/// <summary>
/// Turns an HL7 v2 message (ORU^R01, ORM^O01, ADT^A01/A04/A08 and their kin) into the canonical
/// transaction Bundle, following the HL7 V2-to-FHIR IG. Never throws on content: what cannot be
/// carried over as sent is returned as warnings beside the Bundle.
/// </summary>
public sealed class V2ToFhirConverter(V2ToFhirOptions options, TimeProvider timeProvider)
{
    public V2ToFhirConverter()
        : this(V2ToFhirOptions.Default, TimeProvider.System)
    {
    }

    public ConversionResult Convert(Hl7Message message, SourceMessage? source = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var kind = KindOf(message);
        var context = new ConversionContext(message, options, kind);
        var msh = new SourceSegment(message.Header, 1);

        // MessageHeader goes first in the Bundle; its focus is known once the walk is done.
        var header = new MessageHeader();
        context.Bundle.Add(header, $"MessageHeader|{context.MessageKey}");
        var sender = Organizations.FromHd(context, Hl7v2.Types.HierarchicDesignator.Read(msh.Field(4)));
        MessageHeaderMapper.Map(context, msh, header, sender);
        var walker = new SegmentWalker(context, kind);
        walker.Walk(message);
        header.Focus.AddRange(walker.Focus);

        MessageHeaderMapper.MapBundle(context, msh, context.Bundle.Bundle);
        ProvenanceMapper.Add(context, msh, source, sender, timeProvider.GetUtcNow());
        var bundle = context.Bundle.Bundle;
        bundle.Id = Identity.DeterministicIds.From($"Bundle|{context.MessageKey}").ToString("D");
        return new ConversionResult(bundle, context.Issues.ToOperationOutcome());
    }

    private static MessageKind KindOf(Hl7Message message) => message.Header.Field(9).FirstRepetition().Part(1).Value switch
    {
        "ORU" or "OUL" => MessageKind.Results,
        "ADT" => MessageKind.Administrative,
        _ => MessageKind.Orders,
    };
}
