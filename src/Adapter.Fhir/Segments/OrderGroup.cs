using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// One order as the message walks it: its ORC (each OBR links to the ORC before it, not the first
/// of the message), its OBR, and the resources made from them so far.
/// </summary>
internal sealed class OrderGroup(Conversion.SourceSegment? orc)
{
    public Conversion.SourceSegment? Orc { get; } = orc;

    public Conversion.SourceSegment? Obr { get; set; }

    public ServiceRequest? Request { get; set; }

    public ResourceReference? RequestReference { get; set; }

    public DiagnosticReport? Report { get; set; }

    public ResourceReference? ReportReference { get; set; }

    /// <summary>The specimen of the current SPM (or OBR-15): observations after it are about it.</summary>
    public ResourceReference? Specimen { get; set; }

    /// <summary>A TQ1 sent before the OBR (ORC, TQ1, OBR), applied when the ServiceRequest is made.</summary>
    public Conversion.SourceSegment? PendingTiming { get; set; }

    /// <summary>True after an SPM: the OBX that follow describe the specimen, not the order's results.</summary>
    public bool InSpecimenGroup { get; set; }

    /// <summary>The key that scopes resources of this order that have no identifier of their own.</summary>
    public string Scope { get; set; } = string.Empty;
}
