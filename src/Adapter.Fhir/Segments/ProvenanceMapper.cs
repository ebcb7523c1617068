using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// The two Provenance resources the IG asks for: the source (the v2 message, authored by MSH-4,
/// pointing to where the adapter journaled it) and the transformation (this conversion).
/// </summary>
internal static class ProvenanceMapper
{
    public const string JournalSystem = "urn:adapter:journal";
    private const string ParticipantType = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    private const string ActivityType = "http://hl7.org/fhir/uv/v2mappings/CodeSystem/provenance-activity-type-v2-to-fhir";

    public static void Add(ConversionContext context, SourceSegment msh, SourceMessage? source, ResourceReference? sender, DateTimeOffset convertedAt)
    {
        var targets = context.Bundle.Bundle.Entry.Select(entry => new ResourceReference(entry.FullUrl)).ToList();
        var message = Message(context, msh, source);
        var recorded = source?.ReceivedAt ?? FhirDates.Instant(context, msh.Field(7), msh.At(7))?.Value ?? convertedAt;
        var type = Hl7Text.Canonical(msh.Field(9));

        var origin = new Provenance { Target = targets, Recorded = recorded, Activity = new CodeableConcept { Coding = [new Coding { Display = $"message - {type}" }] } };
        origin.Agent.Add(new Provenance.AgentComponent { Type = new CodeableConcept(ParticipantType, "author"), Who = sender ?? new ResourceReference { Display = "Sending facility not given (MSH-4)" } });
        origin.Entity.Add(new Provenance.EntityComponent { Role = Provenance.ProvenanceEntityRole.Source, What = message });
        context.Bundle.Add(origin, $"Provenance|source|{context.MessageKey}");

        var transformation = new Provenance
        {
            Target = [.. targets],
            Recorded = convertedAt,
            Activity = new CodeableConcept(ActivityType, "v2-fhir-transformation"),
        };
        transformation.Agent.Add(new Provenance.AgentComponent { Type = new CodeableConcept(ParticipantType, "assembler"), Who = new ResourceReference { Display = "Adapter HL7 v2 to FHIR conversion" } });
        transformation.Entity.Add(new Provenance.EntityComponent { Role = Provenance.ProvenanceEntityRole.Source, What = message });
        context.Bundle.Add(transformation, $"Provenance|transformation|{context.MessageKey}");
    }

    // The journal id when the message was journaled; else its control id in the sender's namespace.
    private static ResourceReference Message(ConversionContext context, SourceSegment msh, SourceMessage? source)
    {
        var identifier = source?.JournalId is { } journalId
            ? new Identifier(JournalSystem, journalId)
            : new Identifier(context.Systems.SystemOf(Adapter.Hl7v2.Types.HierarchicDesignator.Read(msh.Field(3))), msh.Field(10).Value);
        return new ResourceReference { Identifier = identifier, Display = $"HL7 v2 message {Hl7Text.Canonical(msh.Field(9))}" };
    }
}
