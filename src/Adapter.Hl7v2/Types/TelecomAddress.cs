using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>XTN: a phone number or e-mail address with its use (PRN, WPN, NET) and equipment (PH, CP, Internet).</summary>
public sealed record TelecomAddress(
    string? UnformattedNumber,
    string? UseCode,
    string? EquipmentType,
    string? EmailAddress,
    string? CountryCode,
    string? AreaCode,
    string? LocalNumber,
    string? Extension,
    string? AnyText)
{
    /// <summary>True when this repetition is an e-mail address (XTN-3 Internet or XTN-2 NET, with XTN-4).</summary>
    public bool IsEmail => EmailAddress is not null
        && (string.Equals(EquipmentType, "Internet", StringComparison.OrdinalIgnoreCase) || UseCode == "NET");

    public static TelecomAddress? Read(Hl7Element element)
    {
        var xtn = element.FirstRepetition();
        return xtn.HasValue
            ? new TelecomAddress(xtn.TextOf(1), xtn.TextOf(2), xtn.TextOf(3), xtn.TextOf(4), xtn.TextOf(5), xtn.TextOf(6), xtn.TextOf(7), xtn.TextOf(8), xtn.TextOf(9))
            : null;
    }

    public static IReadOnlyList<TelecomAddress> ReadAll(Hl7Element field) => Repetitions.Read(field, Read);
}
