using System.Globalization;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>
/// An NM value: an optional sign, digits and at most one decimal point (<c>065.88</c> is a number;
/// <c>4,06</c> and <c>see note</c> are not). An invalid number is reported, with its text kept.
/// </summary>
public readonly record struct Hl7Number(decimal? Value, string Text)
{
    /// <summary>True when the text is a valid NM.</summary>
    public bool IsValid => Value is not null;

    public static Hl7Number Read(Hl7Element element)
    {
        var text = element.FirstRepetition().Part(1).Text() ?? string.Empty;
        return new Hl7Number(TryParse(text, out var value) ? value : null, text);
    }

    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        text = text.Trim();
        var digits = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        var dot = digits.IndexOf('.');
        var valid = digits.Length > 0 && (dot < 0 || digits[(dot + 1)..].IndexOf('.') < 0)
            && digits.Length > (dot < 0 ? 0 : 1)
            && !digits.ContainsAnyExcept("0123456789.");
        return valid && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
