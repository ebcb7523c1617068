using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>CX: a patient or visit identifier with its assigning authority and identifier type (MR, PI, ...).</summary>
public sealed record ExtendedCompositeId(
    string? Id,
    string? CheckDigit,
    string? CheckDigitScheme,
    HierarchicDesignator? AssigningAuthority,
    string? IdentifierTypeCode,
    HierarchicDesignator? AssigningFacility,
    Hl7DateTime? EffectiveDate,
    Hl7DateTime? ExpirationDate)
{
    /// <summary>Reads one repetition (or the first, given a field).</summary>
    public static ExtendedCompositeId? Read(Hl7Element element)
    {
        var cx = element.FirstRepetition();
        if (!cx.HasValue)
        {
            return null;
        }

        return new ExtendedCompositeId(
            cx.TextOf(1),
            cx.TextOf(2),
            cx.TextOf(3),
            HierarchicDesignator.Read(cx.Part(4)),
            cx.TextOf(5),
            HierarchicDesignator.Read(cx.Part(6)),
            Hl7DateTime.TryRead(cx.Part(7), out var effective) ? effective : null,
            Hl7DateTime.TryRead(cx.Part(8), out var expiration) ? expiration : null);
    }

    /// <summary>Every repetition of a repeating CX field (PID-3).</summary>
    public static IReadOnlyList<ExtendedCompositeId> ReadAll(Hl7Element field) =>
        Repetitions.Read(field, Read);
}
