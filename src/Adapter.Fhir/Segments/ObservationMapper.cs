using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// OBX to Observation (the IG's OBX[Observation] and OBX[Observation-Component]); ED and RP values
/// become the report's presentedForm. Effective time is OBX-14, else the order's OBR-7.
/// </summary>
internal static class ObservationMapper
{
    private const string AnalysisTime = "http://hl7.org/fhir/StructureDefinition/observation-analysis-date-time";
    private const string DataAbsentReason = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    public static Observation? Map(ConversionContext context, SourceSegment obx, OrderGroup? order, ResourceReference? patient, ResourceReference? encounter)
    {
        var type = obx.Field(2).Text()?.ToUpperInvariant();
        var aboutSpecimen = order is { InSpecimenGroup: true };
        if (type is "ED" or "RP" && order?.Report is { } withForm && !aboutSpecimen)
        {
            AttachmentValues.AddTo(context, obx, type, withForm.PresentedForm);
            return null;
        }

        var observation = new Observation
        {
            Status = ObservationStatuses.From(obx.Field(11).Text()),
            Subject = patient,
            Encounter = encounter,
            Effective = FhirDates.DateTime(context, obx.Field(14), obx.At(14))
                ?? (order?.Obr is { } obr ? FhirDates.DateTime(context, obr.Field(7), obr.At(7)) : null),
            Method = CodedValues.Concept(obx.Field(17)),
            BodySite = CodedValues.Concept(obx.Field(20)),
        };
        // Outside a result the attachment is the observation's value; with none there is nothing to keep.
        if (type is "ED" or "RP" && !AttachmentValues.AddTo(context, obx, type, observation))
        {
            return null;
        }

        observation.Code = CodedValues.Concept(obx.Field(3)) ?? MissingCode(context, obx);
        if (type is not ("ED" or "RP"))
        {
            MapValue(context, obx, type, observation);
        }

        // OBX after SPM are about the specimen (the IG's Observation.focus), not results of the order;
        // the specimen is also the one they were made on.
        observation.Specimen = order?.Specimen;
        if (aboutSpecimen)
        {
            observation.Focus.Add(order!.Specimen!);
        }

        MapDetails(context, obx, observation);
        if (order?.RequestReference is { } request)
        {
            observation.BasedOn.Add(request);
        }

        var key = $"Observation|{order?.Scope ?? context.MessageKey}|{obx.Field(3).FirstRepetition().Part(1).Er7}|{obx.Field(4).Er7}|{obx.Occurrence}";
        var identifier = observation.Identifier.FirstOrDefault();
        var reference = context.Bundle.Add(observation, identifier is null ? key : $"Observation|{identifier.System}|{identifier.Value}", identifier, EntryMode.Current);
        if (order?.Report is { } report && !aboutSpecimen)
        {
            report.Result.Add(reference);
        }
        else if (context.Kind == Messages.MessageKind.Orders && !aboutSpecimen)
        {
            // In an order the IG makes OBX the order's supporting information (ask-at-order-entry answers).
            order?.Request?.SupportingInfo.Add(reference);
        }

        return observation;
    }

    private static void MapValue(ConversionContext context, SourceSegment obx, string? type, Observation observation)
    {
        var values = new List<DataType>();
        var repetition = 0;
        foreach (var value in obx.Field(5).Parts())
        {
            repetition++;
            if (ObservationValues.Read(context, obx, type, value, repetition) is { } read)
            {
                values.Add(read);
            }
        }

        if (values.Count == 0)
        {
            if (obx.Field(11).Text() is "X" or "N")
            {
                observation.DataAbsentReason = new CodeableConcept(DataAbsentReason, obx.Field(11).Text() == "N" ? "not-asked" : "not-performed");
            }

            return;
        }

        // TX and FT repeat line by line: one text. Other repeats become components, as the IG maps them.
        if (values.Count == 1 || type is "TX" or "FT" or "ST")
        {
            observation.Value = values.Count == 1 ? values[0] : new FhirString(string.Join('\n', values.Cast<FhirString>().Select(text => text.Value)));
            return;
        }

        foreach (var value in values)
        {
            observation.Component.Add(new Observation.ComponentComponent { Code = observation.Code, Value = value });
        }
    }

    private static void MapDetails(ConversionContext context, SourceSegment obx, Observation observation)
    {
        if (ReferenceRanges.From(obx.Field(7), obx.Field(6)) is { } range)
        {
            observation.ReferenceRange.Add(range);
        }

        foreach (var flag in obx.Field(8).Parts())
        {
            if (flag.Part(1).Text() is { } code)
            {
                observation.Interpretation.Add(new CodeableConcept { Coding = [Interpretations.From(code, flag.Part(2).Text())] });
            }
        }

        if (Identifiers.FromEi(context, obx.Field(21), Identifiers.FillerType) is { } identifier)
        {
            observation.Identifier.Add(identifier);
        }

        if (FhirDates.DateTime(context, obx.Field(19), obx.At(19)) is { } analysed)
        {
            observation.Extension.Add(new Extension(AnalysisTime, analysed));
        }

        foreach (var performer in obx.Field(16).Parts())
        {
            if (Practitioners.Add(context, performer) is { } practitioner)
            {
                observation.Performer.Add(practitioner);
            }
        }

        if (Organizations.FromXon(context, obx.Field(23)) is { } organization)
        {
            observation.Performer.Add(organization);
        }
        else if (Organizations.FromProducerId(context, obx.Field(15)) is { } producer)
        {
            observation.Performer.Add(producer);
        }
    }

    private static CodeableConcept MissingCode(ConversionContext context, SourceSegment obx)
    {
        context.Issues.Warn(obx.At(3), "No observation identifier was sent; the observation code is unknown.");
        return UnknownConcepts.Create();
    }
}
