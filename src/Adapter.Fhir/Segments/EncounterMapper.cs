using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Messages;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>PV1 (and PV2) to Encounter: class, visit number, location, providers, period, admit reason.</summary>
internal static class EncounterMapper
{
    private const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    public static (Encounter Encounter, ResourceReference Reference) Map(ConversionContext context, SourceSegment pv1, ResourceReference? patient)
    {
        var start = FhirDates.DateTime(context, pv1.Field(44), pv1.At(44));
        var end = FhirDates.DateTime(context, pv1.Field(45), pv1.At(45));
        if (pv1.Field(2).Text() is { } patientClass && !EncounterClasses.IsTableCode(patientClass))
        {
            context.Issues.Warn(pv1.At(2), "Not a code of table 0004 (patient class); class and status are unknown.");
        }

        var encounter = new Encounter
        {
            Class = EncounterClasses.From(pv1.Field(2).Text()),
            Status = end is not null ? Encounter.EncounterStatus.Finished : EncounterClasses.StatusFrom(pv1.Field(2).Text()),
            Subject = patient,
            ServiceType = CodedValues.TableConcept(pv1.Field(10), "0069"),
        };
        if (start is not null || end is not null)
        {
            encounter.Period = new Period { StartElement = start, EndElement = end };
        }

        if (Identifiers.FromCx(context, pv1.Field(19)) is { } visit)
        {
            visit.Type ??= Identifiers.TypeOf("VN");
            encounter.Identifier.Add(visit);
        }

        if (Location(pv1.Field(3)) is { } location)
        {
            encounter.Location.Add(new Encounter.LocationComponent { Location = new ResourceReference { Display = location } });
        }

        AddParticipant(context, encounter, pv1.Field(7), "ATND", "attender");
        AddParticipant(context, encounter, pv1.Field(8), "REF", "referrer");
        AddParticipant(context, encounter, pv1.Field(9), "CON", "consultant");
        AddParticipant(context, encounter, pv1.Field(17), "ADM", "admitter");
        MapHospitalization(pv1, encounter);
        var key = encounter.Identifier.FirstOrDefault() is { } id ? $"Encounter|{id.System}|{id.Value}" : $"Encounter|{context.MessageKey}";
        var mode = context.Kind == MessageKind.Administrative ? EntryMode.Current : EntryMode.CreateOnce;
        var (stored, reference, _) = context.Bundle.AddOrFind(encounter, key, encounter.Identifier.FirstOrDefault(), mode);
        return (stored, reference);
    }

    /// <summary>PV2-3 (admit reason) as the reason for the encounter.</summary>
    public static void MapPv2(SourceSegment pv2, Encounter encounter)
    {
        if (CodedValues.Concept(pv2.Field(3)) is { } reason)
        {
            encounter.ReasonCode.Add(reason);
        }
    }

    private static void AddParticipant(ConversionContext context, Encounter encounter, Hl7v2.Parsing.Hl7Element field, string code, string display)
    {
        foreach (var repetition in field.Parts())
        {
            if (Practitioners.Add(context, repetition) is { } practitioner)
            {
                encounter.Participant.Add(new Encounter.ParticipantComponent
                {
                    Type = [new CodeableConcept(ParticipationType, code, display)],
                    Individual = practitioner,
                });
            }
        }
    }

    private static void MapHospitalization(SourceSegment pv1, Encounter encounter)
    {
        var admitSource = CodedValues.TableConcept(pv1.Field(14), "0023");
        var discharge = CodedValues.TableConcept(pv1.Field(36), "0112");
        var readmission = CodedValues.TableConcept(pv1.Field(13), "0092");
        if (admitSource is not null || discharge is not null || readmission is not null)
        {
            encounter.Hospitalization = new Encounter.HospitalizationComponent
            {
                AdmitSource = admitSource,
                DischargeDisposition = discharge,
                ReAdmission = readmission,
            };
        }
    }

    // PL as people read it: point of care, room, bed, facility.
    private static string? Location(Hl7v2.Parsing.Hl7Element field)
    {
        if (PersonLocation.Read(field) is not { } pl)
        {
            return null;
        }

        // PL-1 is HD-like in later versions: its first subcomponent is the name.
        var pointOfCare = field.FirstRepetition().Part(1).Part(1).Text();
        var parts = new[] { pointOfCare, pl.Room, pl.Bed, pl.Facility?.NamespaceId, pl.Building, pl.Floor }.Where(part => part is not null);
        var text = string.Join(' ', parts);
        return text.Length == 0 ? null : text;
    }
}
