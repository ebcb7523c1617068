using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>
/// An SN value: comparator, first number, separator/suffix, second number. <c>&lt;^5</c> is "less
/// than 5", <c>^10^-^20</c> a range, <c>^1^:^128</c> a ratio, <c>^2^+</c> "2 or more" categories.
/// </summary>
public sealed record StructuredNumeric(string? Comparator, decimal? Number1, string? Separator, decimal? Number2)
{
    private static readonly string[] Comparators = [">", "<", ">=", "<=", "=", "<>"];
    private static readonly string[] Separators = ["-", "+", "/", ".", ":"];

    /// <summary>Reads SN; false when a part is present but not what SN allows.</summary>
    public static bool TryRead(Hl7Element element, out StructuredNumeric? value)
    {
        value = null;
        var sn = element.FirstRepetition();
        var comparator = sn.TextOf(1);
        var separator = sn.TextOf(3);
        if ((comparator is not null && !Comparators.Contains(comparator)) || (separator is not null && !Separators.Contains(separator)))
        {
            return false;
        }

        if (!TryNumber(sn.Part(2), out var number1) || !TryNumber(sn.Part(4), out var number2) || (number1 is null && number2 is null))
        {
            return false;
        }

        value = new StructuredNumeric(comparator, number1, separator, number2);
        return true;
    }

    private static bool TryNumber(Hl7Element part, out decimal? number)
    {
        number = null;
        if (!part.HasValue)
        {
            return true;
        }

        if (!Hl7Number.TryParse(part.Value, out var parsed))
        {
            return false;
        }

        number = parsed;
        return true;
    }
}
