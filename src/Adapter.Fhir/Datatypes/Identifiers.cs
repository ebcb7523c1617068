using Adapter.Fhir.Conversion;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>
/// CX and EI to Identifier. The system comes from the assigning authority (CX-4, EI-2..4); an
/// identifier sent without one is taken as assigned by the sending facility (MSH-4).
/// </summary>
internal static class Identifiers
{
    public const string PlacerType = "PLAC";
    public const string FillerType = "FILL";

    /// <summary>An identifier type from table 0203 (MR, PLAC, VN, ...).</summary>
    public static CodeableConcept TypeOf(string code) => new(CodingSystems.V2("0203"), code);

    public static Identifier? FromCx(ConversionContext context, Hl7Element element)
    {
        if (ExtendedCompositeId.Read(element) is not { Id: { } value } cx)
        {
            return null;
        }

        var authority = cx.AssigningAuthority ?? context.SendingFacility;
        var identifier = new Identifier(context.Systems.SystemOf(authority), value);
        if (cx.IdentifierTypeCode is { } type)
        {
            identifier.Type = TypeOf(type);
        }

        if (authority?.NamespaceId is { } assigner && cx.AssigningAuthority is not null)
        {
            identifier.Assigner = new ResourceReference { Display = assigner };
        }

        if (cx.EffectiveDate is not null || cx.ExpirationDate is not null)
        {
            identifier.Period = new Period
            {
                Start = cx.EffectiveDate is { } from ? FhirDates.Format(from, context.TimeZone) : null,
                End = cx.ExpirationDate is { } to ? FhirDates.Format(to, context.TimeZone) : null,
            };
        }

        return identifier;
    }

    public static IReadOnlyList<Identifier> AllFromCx(ConversionContext context, Hl7Element field) =>
        Repetitions.Read(field, repetition => FromCx(context, repetition));

    /// <summary>An EI (placer or filler number, specimen id) with an optional identifier type from table 0203.</summary>
    public static Identifier? FromEi(ConversionContext context, Hl7Element element, string? type = null)
    {
        if (EntityIdentifier.Read(element) is not { Identifier: { } value } ei)
        {
            return null;
        }

        var authority = ei.NamespaceId is null && ei.UniversalId is null
            ? context.SendingFacility
            : new HierarchicDesignator(ei.NamespaceId, ei.UniversalId, ei.UniversalIdType);
        var identifier = new Identifier(context.Systems.SystemOf(authority), value);
        if (type is not null)
        {
            identifier.Type = TypeOf(type);
        }

        if (ei.NamespaceId is { } assigner)
        {
            identifier.Assigner = new ResourceReference { Display = assigner };
        }

        return identifier;
    }
}
