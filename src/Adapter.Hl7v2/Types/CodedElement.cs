using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>CWE, CE or CNE: a code with its text and system, an alternate coding, and the original text.</summary>
public sealed record CodedElement(
    string? Identifier,
    string? Text,
    string? CodingSystem,
    string? AlternateIdentifier,
    string? AlternateText,
    string? AlternateCodingSystem,
    string? CodingSystemVersion,
    string? AlternateCodingSystemVersion,
    string? OriginalText)
{
    public static CodedElement? Read(Hl7Element element)
    {
        var cwe = element.FirstRepetition();
        return cwe.HasValue
            ? new CodedElement(cwe.TextOf(1), cwe.TextOf(2), cwe.TextOf(3), cwe.TextOf(4), cwe.TextOf(5), cwe.TextOf(6), cwe.TextOf(7), cwe.TextOf(8), cwe.TextOf(9))
            : null;
    }
}
