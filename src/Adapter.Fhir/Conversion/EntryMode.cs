namespace Adapter.Fhir.Conversion;

/// <summary>How an identified resource is written to a FHIR server.</summary>
internal enum EntryMode
{
    /// <summary>
    /// Conditional create (<c>POST</c> with <c>ifNoneExist</c>): made once, never overwritten. For
    /// what a message only refers to: a result's patient, practitioners, organizations, specimens.
    /// </summary>
    CreateOnce,

    /// <summary>
    /// Conditional update (<c>PUT Type?identifier=</c>): made when absent, replaced when present. For
    /// what the message is the source of: an ADT's patient and visit (A08 updates, A03 discharges),
    /// an order's status (a cancel), a report and its results (a correction replaces a preliminary).
    /// </summary>
    Current,
}
