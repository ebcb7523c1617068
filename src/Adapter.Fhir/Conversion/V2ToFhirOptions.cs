namespace Adapter.Fhir.Conversion;

/// <summary>How HL7 v2 messages are read into FHIR: the sender's time zone and the identifier systems.</summary>
public sealed record V2ToFhirOptions
{
    public static V2ToFhirOptions Default { get; } = new();

    /// <summary>The zone in which timestamps sent without an offset are read.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Assigning authorities (HD-1 namespace id or HD-2 universal id, as sent) and the URI each
    /// stands for in <c>Identifier.system</c>. Authorities not listed get a stable <c>urn:</c> system.
    /// </summary>
    public IReadOnlyDictionary<string, string> IdentifierSystems { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
