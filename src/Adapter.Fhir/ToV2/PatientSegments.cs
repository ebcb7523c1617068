using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>Patient to PID and Encounter to PV1.</summary>
internal static class PatientSegments
{
    private const string BirthTime = "http://hl7.org/fhir/StructureDefinition/patient-birthTime";

    public static void WritePid(WriteContext context, Patient patient)
    {
        var pid = context.Message.Add("PID").Set(1, "1");
        var count = 0;
        foreach (var identifier in patient.Identifier.Where(id => id.Value is not null && id.System != "http://hl7.org/fhir/sid/us-ssn"))
        {
            context.Datatypes.Cx(FieldWriter.Next(pid, 3, ref count), identifier);
        }

        count = 0;
        foreach (var name in patient.Name)
        {
            V2Datatypes.Xpn(FieldWriter.Next(pid, 5, ref count), name);
        }

        var birthTime = patient.BirthDateElement?.GetExtensionValue<FhirDateTime>(BirthTime)?.Value;
        pid.Set(7, V2Dates.FromFhir(birthTime ?? patient.BirthDate));
        pid.Set(8, Genders.ToV2(patient.Gender));
        count = 0;
        foreach (var address in patient.Address)
        {
            V2Datatypes.Xad(FieldWriter.Next(pid, 11, ref count), address);
        }

        WriteTelecoms(pid, patient.Telecom);
        if (patient.MaritalStatus is { } marital)
        {
            V2Datatypes.Cwe(new FieldWriter(pid, 16), marital);
        }

        pid.Set(19, patient.Identifier.FirstOrDefault(id => id.System == "http://hl7.org/fhir/sid/us-ssn")?.Value);
        switch (patient.Deceased)
        {
            case FhirDateTime died:
                pid.Set(29, V2Dates.FromFhir(died.Value)).Set(30, "Y");
                break;
            case FhirBoolean { Value: { } deceased }:
                pid.Set(30, deceased ? "Y" : "N");
                break;
        }
    }

    public static void WritePv1(WriteContext context, Encounter encounter)
    {
        var pv1 = context.Message.Add("PV1").Set(1, "1");
        pv1.Set(2, EncounterClasses.ToV2(encounter.Class) ?? "U");
        pv1.Set(3, 1, encounter.Location.FirstOrDefault()?.Location?.Display);
        foreach (var participant in encounter.Participant)
        {
            var field = participant.Type.SelectMany(type => type.Coding).Select(coding => coding.Code).FirstOrDefault() switch
            {
                "ATND" => 7,
                "REF" => 8,
                "CON" => 9,
                "ADM" => 17,
                _ => 0,
            };
            if (field > 0 && context.Resolver.Resolve<Practitioner>(participant.Individual) is { } practitioner)
            {
                context.Datatypes.Xcn(new FieldWriter(pv1, field), practitioner);
            }
        }

        if (encounter.Identifier.FirstOrDefault() is { } visit)
        {
            context.Datatypes.Cx(new FieldWriter(pv1, 19), visit);
        }

        pv1.Set(44, V2Dates.FromFhir(encounter.Period?.Start)).Set(45, V2Dates.FromFhir(encounter.Period?.End));
    }

    // PID-13 home (and e-mail, mobile), PID-14 work, as the inbound conversion reads them.
    private static void WriteTelecoms(Hl7v2.Building.Hl7SegmentBuilder pid, List<ContactPoint> telecoms)
    {
        int home = 0, work = 0;
        foreach (var contact in telecoms.Where(contact => contact.Value is not null))
        {
            var writer = contact.Use == ContactPoint.ContactPointUse.Work ? FieldWriter.Next(pid, 14, ref work) : FieldWriter.Next(pid, 13, ref home);
            V2Datatypes.Xtn(writer, contact);
        }
    }
}
