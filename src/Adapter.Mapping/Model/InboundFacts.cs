namespace Adapter.Mapping.Model;

/// <summary>What routing knows of an inbound message before its content: where it came from and its header.</summary>
/// <param name="Listener">The MLLP listener it arrived on; null when unknown (a dry run) or not MLLP.</param>
/// <param name="IsFhir">Whether it was posted to the FHIR endpoint.</param>
/// <param name="MessageType">MSH-9 as <c>ORU^R01</c>; null for FHIR.</param>
/// <param name="SendingApplication">MSH-3.1.</param>
/// <param name="SendingFacility">MSH-4.1.</param>
public sealed record InboundFacts(string? Listener, bool IsFhir, string? MessageType, string? SendingApplication, string? SendingFacility);
