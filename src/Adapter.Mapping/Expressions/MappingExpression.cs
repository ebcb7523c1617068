using Adapter.Mapping.Documents;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace Adapter.Mapping.Expressions;

/// <summary>An expression from a mapping file, compiled once when the file is loaded.</summary>
public sealed class MappingExpression(string text, SourcePosition position, CompiledExpression compiled)
{
    /// <summary>The expression as written.</summary>
    public string Text { get; } = text;

    /// <summary>Where it is written.</summary>
    public SourcePosition Position { get; } = position;

    /// <summary>
    /// Evaluates against the message's Bundle. The same expression written for several fields (the
    /// patient id of two operations) runs once per message.
    /// </summary>
    public IReadOnlyList<PocoNode> Evaluate(MessageScope scope) => scope.Remember(Text, () => Run(scope));

    // What fails at run time (single() on two values, a type the SDK cannot convert) yields nothing
    // and is noted on the message, by position and error type only: the values may be PHI.
    private List<PocoNode> Run(MessageScope scope)
    {
        try
        {
            return [.. compiled([scope.Bundle], scope.Context)];
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            scope.Problems.Add($"{Position}: the expression failed on this message ({exception.GetType().Name}) and gives nothing.");
            return [];
        }
    }

    /// <summary>Whether a condition holds: its result is the single value true.</summary>
    /// <remarks>FHIRPath's own booleans (from <c>=</c>, <c>exists()</c>) are system values, not FHIR elements: the typed value is what says true.</remarks>
    public bool IsTrue(MessageScope scope) => Evaluate(scope) is [ITypedElement { Value: true }];

    /// <summary>The first value as text; null when the expression yields nothing or an element that is not a value.</summary>
    public string? EvaluateText(MessageScope scope) => Evaluate(scope).FirstOrDefault()?.Poco is PrimitiveType { JsonValue: not null } value ? value.ToString() : null;
}
