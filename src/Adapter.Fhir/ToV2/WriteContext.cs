using Adapter.Hl7v2.Building;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>What the segment writers of one outbound message share.</summary>
internal sealed class WriteContext(Hl7MessageBuilder message, ResourceResolver resolver, V2Datatypes datatypes)
{
    private readonly List<OperationOutcome.IssueComponent> _issues = [];

    public Hl7MessageBuilder Message { get; } = message;

    public ResourceResolver Resolver { get; } = resolver;

    public V2Datatypes Datatypes { get; } = datatypes;

    public bool HasErrors => _issues.Any(issue => issue.Severity == OperationOutcome.IssueSeverity.Error);

    public void Error(string expression, string text) => Add(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Required, expression, text);

    public void Warn(string expression, string text) => Add(OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.NotSupported, expression, text);

    public OperationOutcome Outcome() => new() { Issue = [.. _issues] };

    private void Add(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type, string expression, string text) =>
        _issues.Add(new OperationOutcome.IssueComponent { Severity = severity, Code = type, Diagnostics = text, Expression = [expression] });
}
