using Adapter.Hl7v2.Validation;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Conversion;

/// <summary>
/// Collects what a conversion could not carry over as sent; never throws. Texts name the location
/// and the problem, never the value, so warnings can be stored and shown without carrying PHI.
/// </summary>
internal sealed class ConversionIssues
{
    private readonly List<OperationOutcome.IssueComponent> _issues = [];

    /// <summary>Data kept in another form (a number kept as text) or dropped (an invalid date).</summary>
    public void Warn(Hl7Location location, string text) =>
        _issues.Add(new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Warning,
            Code = OperationOutcome.IssueType.Value,
            Diagnostics = text,
            Location = [location.ToString()],
        });

    /// <summary>Something the converter does not map, so only the journaled original has it.</summary>
    public void Inform(Hl7Location location, string text) =>
        _issues.Add(new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Information,
            Code = OperationOutcome.IssueType.NotSupported,
            Diagnostics = text,
            Location = [location.ToString()],
        });

    public OperationOutcome ToOperationOutcome() => new() { Issue = [.. _issues] };
}
