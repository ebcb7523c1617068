namespace Adapter.Fhir.Messages;

/// <summary>What a message's OBR groups are: results (DiagnosticReports), orders (ServiceRequests), or none (ADT).</summary>
internal enum MessageKind
{
    Results,
    Orders,
    Administrative,
}
