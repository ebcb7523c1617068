using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>PV1 to Encounter, after the IG's PV1[Encounter] map.</summary>
public sealed class EncounterMapperTests
{
    [Fact]
    public void Map_Inpatient_HasClassVisitNumberAndSubject()
    {
        // Act
        var bundle = Admit(SegmentText.Of("PV1", (1, "1"), (2, "I"), (3, "WARD^101^A"), (7, "1234^DOC^DAVE"), (19, "V555^^^HOSP^VN"))).Bundle;

        // Assert
        var encounter = bundle.Only<Encounter>();
        Assert.Equal("IMP", encounter.Class.Code);
        Assert.Equal(Encounter.EncounterStatus.InProgress, encounter.Status);
        var visit = Assert.Single(encounter.Identifier);
        Assert.Equal("V555", visit.Value);
        Assert.Equal("VN", visit.Type?.Coding[0].Code);
        Assert.Same(bundle.Only<Patient>(), bundle.Resolve<Patient>(encounter.Subject));
    }

    [Fact]
    public void Map_AttendingDoctor_IsAttenderParticipant()
    {
        // Act
        var bundle = Admit("PV1|1|I|WARD^101^A||||1234^DOC^DAVE").Bundle;

        // Assert
        var participant = Assert.Single(bundle.Only<Encounter>().Participant);
        Assert.Equal("ATND", participant.Type[0].Coding[0].Code);
        Assert.Equal("DOC", bundle.Resolve<Practitioner>(participant.Individual).Name[0].Family);
    }

    [Fact]
    public void Map_DischargeTime_FinishesEncounter()
    {
        // Act
        var encounter = Admit(SegmentText.Of("PV1", (1, "1"), (2, "I"), (44, "20240110080000"), (45, "20240115120000"))).Bundle.Only<Encounter>();

        // Assert
        Assert.Equal(Encounter.EncounterStatus.Finished, encounter.Status);
        Assert.Equal("2024-01-10T08:00:00+00:00", encounter.Period?.Start);
        Assert.Equal("2024-01-15T12:00:00+00:00", encounter.Period?.End);
    }

    [Fact]
    public void Map_InResult_ObservationAndReportPointToEncounter()
    {
        // Act
        var bundle = Conversions.Segments(
            TestMessages.OruHeader,
            TestMessages.Patient,
            SegmentText.Of("PV1", (1, "1"), (2, "O"), (19, "V555^^^HOSP^VN")),
            TestMessages.Orc,
            TestMessages.Obr,
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F").Bundle;

        // Assert
        var encounter = bundle.Only<Encounter>();
        Assert.Same(encounter, bundle.Resolve<Encounter>(bundle.Only<Observation>().Encounter));
        Assert.Same(encounter, bundle.Resolve<Encounter>(bundle.Only<DiagnosticReport>().Encounter));
    }

    private static Fhir.Conversion.ConversionResult Admit(string pv1) =>
        Conversions.Segments(TestMessages.AdtHeader, "EVN|A01|20240115083000", TestMessages.Patient, pv1);
}
