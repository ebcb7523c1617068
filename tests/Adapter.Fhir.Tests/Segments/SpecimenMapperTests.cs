using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>SPM to Specimen (the IG's SPM[Specimen]) and OBR-15 to Specimen (OBR[Specimen]).</summary>
public sealed class SpecimenMapperTests
{
    [Fact]
    public void FromSpm_Specimen_HasIdentifiersTypeAndCollection()
    {
        // Act
        var specimen = Conversions.Result(
            SegmentText.Of("SPM", (1, "1"), (2, "SP1&LIS^SP1F&LIS"), (4, "119364003^Serum^SCT"), (17, "20240115080000^20240115080500"), (18, "20240115091500"), (20, "Y")))
            .Bundle.Only<Specimen>();

        // Assert
        Assert.Equal(["SP1", "SP1F"], specimen.Identifier.Select(identifier => identifier.Value));
        Assert.Equal(["PLAC", "FILL"], specimen.Identifier.Select(identifier => identifier.Type?.Coding[0].Code));
        Assert.Equal("http://snomed.info/sct", specimen.Type?.Coding[0].System);
        Assert.Equal("119364003", specimen.Type?.Coding[0].Code);
        var collected = Assert.IsType<Period>(specimen.Collection?.Collected);
        Assert.Equal("2024-01-15T08:00:00+00:00", collected.Start);
        Assert.Equal("2024-01-15T08:05:00+00:00", collected.End);
        Assert.Equal("2024-01-15T09:15:00+00:00", specimen.ReceivedTime);
        Assert.Equal(Specimen.SpecimenStatus.Available, specimen.Status);
    }

    [Fact]
    public void FromSpm_InResult_IsTheReportsSpecimenAboutThePatient()
    {
        // Act
        var bundle = Conversions.Result("SPM|1|SP1^SP1F||119364003^Serum^SCT").Bundle;

        // Assert
        var specimen = bundle.Only<Specimen>();
        Assert.Same(specimen, bundle.Resolve<Specimen>(Assert.Single(bundle.Only<DiagnosticReport>().Specimen)));
        Assert.Same(bundle.Only<Patient>(), bundle.Resolve<Patient>(specimen.Subject));
    }

    [Fact]
    public void FromSpm_WithFillerId_IsPostedConditionallyOnIt()
    {
        // Act
        var bundle = Conversions.Result("SPM|1|SP1^SP1F||119364003^Serum^SCT").Bundle;

        // Assert
        Assert.Equal("identifier=urn:adapter:authority:FAC|SP1F", bundle.EntryOf(bundle.Only<Specimen>()).Request?.IfNoneExist);
    }

    [Fact]
    public void FromObr_SpecimenSource_GivesSpecimenCollectedAtObr7()
    {
        // Act
        var bundle = Conversions.Segments(
            TestMessages.OruHeader,
            TestMessages.Patient,
            SegmentText.Of("OBR", (1, "1"), (3, "FL1^LIS"), (4, "24323-8^Metabolic panel^LN"), (7, "20240115080000"), (15, "BLD&Blood&HL70070^^^LA&Left arm&HL70163"), (25, "F")),
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F").Bundle;

        // Assert
        var specimen = bundle.Only<Specimen>();
        Assert.Equal("BLD", specimen.Type?.Coding[0].Code);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0070", specimen.Type?.Coding[0].System);
        Assert.Equal("LA", specimen.Collection?.BodySite?.Coding[0].Code);
        Assert.Equal("2024-01-15T08:00:00+00:00", Assert.IsType<FhirDateTime>(specimen.Collection?.Collected).Value);
        Assert.Same(specimen, bundle.Resolve<Specimen>(bundle.Only<Observation>().Specimen));
    }
}
