namespace Adapter.Fhir.ToV2;

/// <summary>How messages built from FHIR are addressed (MSH-3..6) and marked (MSH-11).</summary>
public sealed record FhirToV2Options
{
    public static FhirToV2Options Default { get; } = new();

    public string SendingApplication { get; init; } = "ADAPTER";

    public string? SendingFacility { get; init; }

    public string? ReceivingApplication { get; init; }

    public string? ReceivingFacility { get; init; }

    /// <summary>MSH-11: P (production), T (training) or D (debugging).</summary>
    public string ProcessingId { get; init; } = "P";

    /// <summary>
    /// The same table the inbound conversion uses (assigning authority to URI), read backwards so
    /// an identifier goes out with the authority it came in with.
    /// </summary>
    public IReadOnlyDictionary<string, string> IdentifierSystems { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
