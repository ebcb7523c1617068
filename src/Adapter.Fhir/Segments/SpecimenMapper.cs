using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>SPM to Specimen (the IG's SPM[Specimen]); OBR-15 and OBR-7/8 to Specimen when no SPM is sent (OBR[Specimen]).</summary>
internal static class SpecimenMapper
{
    public static ResourceReference FromSpm(ConversionContext context, SourceSegment spm, ResourceReference? patient, string scope)
    {
        var specimen = new Specimen
        {
            Subject = patient,
            Type = CodedValues.Concept(spm.Field(4)),
            ReceivedTimeElement = FhirDates.DateTime(context, spm.Field(18), spm.At(18)),
        };
        var ids = spm.Field(2).FirstRepetition();
        AddIdentifier(context, specimen, ids.Part(1), Identifiers.PlacerType);
        AddIdentifier(context, specimen, ids.Part(2), Identifiers.FillerType);
        specimen.AccessionIdentifier = Identifiers.FromCx(context, spm.Field(30));
        specimen.Collection = Collection(context, spm);
        if (spm.Field(14).Text() is { } description)
        {
            specimen.Note.Add(new Annotation { Text = description });
        }

        specimen.Condition.AddRange(CodedValues.Concepts(spm.Field(24)));
        specimen.Status = spm.Field(20).Text()?.ToUpperInvariant() switch
        {
            "Y" => Specimen.SpecimenStatus.Available,
            "N" => Specimen.SpecimenStatus.Unavailable,
            _ => null,
        };
        return Add(context, specimen, $"{scope}|SPM[{spm.Occurrence}]");
    }

    public static ResourceReference? FromObr(ConversionContext context, SourceSegment obr, ResourceReference? patient, string scope)
    {
        var source = obr.Field(15).FirstRepetition();
        if (!source.HasValue)
        {
            return null;
        }

        var specimen = new Specimen { Subject = patient, Type = CodedValues.Concept(source.Part(1)) };
        var collected = FhirDates.DateTime(context, obr.Field(7), obr.At(7));
        var bodySite = CodedValues.Concept(source.Part(4));
        if (collected is not null || bodySite is not null)
        {
            specimen.Collection = new Specimen.CollectionComponent { Collected = collected, BodySite = bodySite };
        }

        if (source.TextOf(3) is { } freeText)
        {
            specimen.Note.Add(new Annotation { Text = freeText });
        }

        return Add(context, specimen, $"{scope}|OBR-15");
    }

    private static Specimen.CollectionComponent? Collection(ConversionContext context, SourceSegment spm)
    {
        var range = spm.Field(17).FirstRepetition();
        var start = FhirDates.DateTime(context, range.Part(1), spm.At(17, component: 1));
        var end = FhirDates.DateTime(context, range.Part(2), spm.At(17, component: 2));
        var collection = new Specimen.CollectionComponent
        {
            Collected = end is null ? start : new Period { StartElement = start, EndElement = end },
            Method = CodedValues.Concept(spm.Field(7)),
            BodySite = CodedValues.Concept(spm.Field(8)),
            Quantity = Quantities.FromCq(spm.Field(12)),
        };
        return collection.Collected is null && collection.Method is null && collection.BodySite is null && collection.Quantity is null ? null : collection;
    }

    private static void AddIdentifier(ConversionContext context, Specimen specimen, Hl7v2.Parsing.Hl7Element ei, string type)
    {
        if (Identifiers.FromEi(context, ei, type) is { } identifier)
        {
            specimen.Identifier.Add(identifier);
        }
    }

    private static ResourceReference Add(ConversionContext context, Specimen specimen, string fallbackKey)
    {
        var identifier = specimen.Identifier.FirstOrDefault(id => id.Type?.Coding.FirstOrDefault()?.Code == Identifiers.FillerType)
            ?? specimen.Identifier.FirstOrDefault();
        var key = identifier is null ? $"Specimen|{fallbackKey}" : $"Specimen|{identifier.System}|{identifier.Value}";
        return context.Bundle.Add(specimen, key, identifier);
    }
}
