using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Messages;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>PID (and PD1) to Patient, after the IG's PID[Patient] and PD1[Patient] maps.</summary>
internal static class PatientMapper
{
    private const string BirthTime = "http://hl7.org/fhir/StructureDefinition/patient-birthTime";
    private const string MothersMaidenName = "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName";

    public static (Patient Patient, ResourceReference Reference) Map(ConversionContext context, SourceSegment pid)
    {
        var patient = new Patient();
        patient.Identifier.AddRange(Identifiers.AllFromCx(context, pid.Field(3)));
        patient.Identifier.AddRange(Identifiers.AllFromCx(context, pid.Field(2)));
        patient.Identifier.AddRange(Identifiers.AllFromCx(context, pid.Field(4)));
        if (pid.Field(19).Text() is { } ssn)
        {
            patient.Identifier.Add(new Identifier("http://hl7.org/fhir/sid/us-ssn", ssn) { Type = Identifiers.TypeOf("SS") });
        }

        patient.Name.AddRange(Names.All(pid.Field(5)));
        patient.Name.AddRange(Names.All(pid.Field(9)));
        if (pid.Field(6).FirstRepetition().Part(1).Part(1).Text() is { } maiden)
        {
            patient.Extension.Add(new Extension(MothersMaidenName, new FhirString(maiden)));
        }

        MapBirth(context, pid, patient);
        patient.Gender = Genders.From(pid.Field(8).Text());
        if (patient.Gender is null && pid.Field(8).HasValue)
        {
            context.Issues.Warn(pid.At(8), "Not a code of table 0001 (administrative sex); gender was left out.");
        }

        patient.Address.AddRange(Addresses.All(pid.Field(11)));
        patient.Telecom.AddRange(Telecoms.All(pid.Field(13), ContactPoint.ContactPointUse.Home));
        patient.Telecom.AddRange(Telecoms.All(pid.Field(14), ContactPoint.ContactPointUse.Work));
        if (CodedValues.Concept(pid.Field(15)) is { } language)
        {
            patient.Communication.Add(new Patient.CommunicationComponent { Language = language, Preferred = true });
        }

        patient.MaritalStatus = CodedValues.Concept(pid.Field(16));
        MapDeath(context, pid, patient);
        MapMultipleBirth(pid, patient);
        return AddToBundle(context, patient);
    }

    /// <summary>PD1-3 (primary facility) and PD1-4 (primary care provider) as general practitioners.</summary>
    public static void MapPd1(ConversionContext context, SourceSegment pd1, Patient patient)
    {
        if (Organizations.FromXon(context, pd1.Field(3)) is { } facility)
        {
            patient.GeneralPractitioner.Add(facility);
        }

        if (Practitioners.Add(context, pd1.Field(4)) is { } provider)
        {
            patient.GeneralPractitioner.Add(provider);
        }
    }

    private static void MapBirth(ConversionContext context, SourceSegment pid, Patient patient)
    {
        if (FhirDates.Read(context, pid.Field(7), pid.At(7)) is not { } birth)
        {
            return;
        }

        patient.BirthDateElement = new Date(FhirDates.FormatDate(birth));
        if (birth.Precision > Hl7Precision.Day)
        {
            patient.BirthDateElement.Extension.Add(new Extension(BirthTime, new FhirDateTime(FhirDates.Format(birth, context.TimeZone))));
        }
    }

    private static void MapDeath(ConversionContext context, SourceSegment pid, Patient patient)
    {
        if (FhirDates.DateTime(context, pid.Field(29), pid.At(29)) is { } died)
        {
            patient.Deceased = died;
        }
        else if (pid.Field(30).Text() is { } indicator)
        {
            patient.Deceased = new FhirBoolean(indicator.Equals("Y", StringComparison.OrdinalIgnoreCase));
        }
    }

    private static void MapMultipleBirth(SourceSegment pid, Patient patient)
    {
        if (pid.Field(25).Text() is { } order && int.TryParse(order, out var position))
        {
            patient.MultipleBirth = new Integer(position);
        }
        else if (pid.Field(24).Text() is { } indicator)
        {
            patient.MultipleBirth = new FhirBoolean(indicator.Equals("Y", StringComparison.OrdinalIgnoreCase));
        }
    }

    // The medical record number, else the first identifier, is what the Patient is found by. An ADT
    // message is the source of demographics and updates them; a result or order only refers to the patient.
    private static (Patient Patient, ResourceReference Reference) AddToBundle(ConversionContext context, Patient patient)
    {
        var identifier = patient.Identifier.FirstOrDefault(id => id.Type?.Coding.Any(coding => coding.Code == "MR") == true)
            ?? patient.Identifier.FirstOrDefault();
        var key = identifier is null ? $"Patient|{context.MessageKey}" : $"Patient|{identifier.System}|{identifier.Value}";
        var (stored, reference, _) = context.Bundle.AddOrFind(patient, key, identifier, context.Kind == MessageKind.Administrative ? EntryMode.Current : EntryMode.CreateOnce);
        return (stored, reference);
    }
}
