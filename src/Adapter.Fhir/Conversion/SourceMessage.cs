namespace Adapter.Fhir.Conversion;

/// <summary>
/// Where the converted message is kept: its journal id (the Provenance entity points there, so
/// Z-segments and unmapped fields stay reachable) and when it was received.
/// </summary>
public sealed record SourceMessage(string? JournalId, DateTimeOffset? ReceivedAt);
