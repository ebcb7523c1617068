using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>ORC and OBR of a result to DiagnosticReport (the IG's ORC[DiagnosticReport] and OBR[DiagnosticReport]).</summary>
public sealed class DiagnosticReportMapperTests
{
    [Theory]
    [InlineData("F", DiagnosticReport.DiagnosticReportStatus.Final)]
    [InlineData("P", DiagnosticReport.DiagnosticReportStatus.Preliminary)]
    [InlineData("C", DiagnosticReport.DiagnosticReportStatus.Corrected)]
    [InlineData("X", DiagnosticReport.DiagnosticReportStatus.Cancelled)]
    public void Map_ResultStatus_IsReportStatus(string code, DiagnosticReport.DiagnosticReportStatus expected)
    {
        // Act
        var result = Convert(Obr((25, code)));

        // Assert
        Assert.Equal(expected, result.Bundle.Only<DiagnosticReport>().Status);
        Assert.Empty(result.Outcome.IssuesAt("OBR-25"));
    }

    [Fact]
    public void Map_NoResultStatus_IsUnknownWithWarning()
    {
        // Act
        var result = Convert(Obr());

        // Assert
        Assert.Equal(DiagnosticReport.DiagnosticReportStatus.Unknown, result.Bundle.Only<DiagnosticReport>().Status);
        var warning = Assert.Single(result.Outcome.IssuesAt("OBR-25"));
        Assert.Equal(OperationOutcome.IssueSeverity.Warning, warning.Severity);
    }

    [Fact]
    public void Map_ResultStatusWithoutFhirEquivalent_IsUnknownWithWarning()
    {
        // Act
        var result = Convert(Obr((25, "Y")));

        // Assert
        Assert.Equal(DiagnosticReport.DiagnosticReportStatus.Unknown, result.Bundle.Only<DiagnosticReport>().Status);
        Assert.Single(result.Outcome.IssuesAt("OBR-25"));
    }

    [Fact]
    public void Map_OrderNumbers_AreTypedPlacerAndFillerIdentifiers()
    {
        // Act
        var report = Convert(Obr((25, "F"))).Bundle.Only<DiagnosticReport>();

        // Assert
        Assert.Collection(
            report.Identifier,
            placer => AssertIdentifier(placer, "PLAC", "urn:adapter:authority:EHR", "PL1"),
            filler => AssertIdentifier(filler, "FILL", "urn:adapter:authority:LIS", "FL1"));
    }

    [Fact]
    public void Map_CorrectedReport_IsConditionalUpdateOnFillerNumber()
    {
        // Act: a corrected report (OBR-25 C) must replace the final one held under the same filler number.
        var bundle = Convert(Obr((25, "C"))).Bundle;

        // Assert
        var request = bundle.EntryOf(bundle.Only<DiagnosticReport>()).Request;
        Assert.Equal(Bundle.HTTPVerb.PUT, request?.Method);
        Assert.Equal("DiagnosticReport?identifier=urn:adapter:authority:LIS|FL1", request?.Url);
    }

    [Fact]
    public void Map_Report_IsBasedOnItsServiceRequestAndAboutThePatient()
    {
        // Act
        var bundle = Convert(Obr((25, "F"))).Bundle;

        // Assert
        var report = bundle.Only<DiagnosticReport>();
        Assert.Same(bundle.Only<ServiceRequest>(), bundle.Resolve<ServiceRequest>(Assert.Single(report.BasedOn)));
        Assert.Same(bundle.Only<Patient>(), bundle.Resolve<Patient>(report.Subject));
        Assert.Equal("http://loinc.org", report.Code.Coding[0].System);
        Assert.Equal("24323-8", report.Code.Coding[0].Code);
    }

    [Fact]
    public void Map_CollectionTimeOnly_IsEffectiveDateTime()
    {
        // Act
        var report = Convert(Obr((25, "F"))).Bundle.Only<DiagnosticReport>();

        // Assert
        Assert.Equal("2024-01-15T08:00:00+00:00", Assert.IsType<FhirDateTime>(report.Effective).Value);
    }

    [Fact]
    public void Map_CollectionStartAndEnd_IsEffectivePeriod()
    {
        // Act
        var report = Convert(Obr((8, "20240115081500"), (25, "F"))).Bundle.Only<DiagnosticReport>();

        // Assert
        var period = Assert.IsType<Period>(report.Effective);
        Assert.Equal("2024-01-15T08:00:00+00:00", period.Start);
        Assert.Equal("2024-01-15T08:15:00+00:00", period.End);
    }

    [Fact]
    public void Map_ResultsReportedTime_IsIssued()
    {
        // Act
        var report = Convert(Obr((22, "20240115093000"), (25, "F"))).Bundle.Only<DiagnosticReport>();

        // Assert
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 9, 30, 0, TimeSpan.Zero), report.Issued);
    }

    [Fact]
    public void Map_DiagnosticServiceSection_IsCategoryInTable0074()
    {
        // Act
        var report = Convert(Obr((24, "CH"), (25, "F"))).Bundle.Only<DiagnosticReport>();

        // Assert
        var coding = Assert.Single(Assert.Single(report.Category).Coding);
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0074", coding.System);
        Assert.Equal("CH", coding.Code);
    }

    [Fact]
    public void Map_PrincipalResultInterpreter_IsResultsInterpreter()
    {
        // Act
        var bundle = Convert(Obr((25, "F"), (32, "RAD4471&RADIOLOGIST&REED&&&Dr&MD^20261121102500-0500"))).Bundle;

        // Assert
        var interpreter = bundle.Resolve<Practitioner>(Assert.Single(bundle.Only<DiagnosticReport>().ResultsInterpreter));
        Assert.Equal("RAD4471", interpreter.Identifier[0].Value);
        Assert.Equal("RADIOLOGIST", interpreter.Name[0].Family);
    }

    [Fact]
    public void Map_NoServiceIdentifier_WarnsAndKeepsReportValid()
    {
        // Act
        var result = Convert(SegmentText.Of("OBR", (1, "1"), (2, "PL1^EHR"), (3, "FL1^LIS"), (25, "F")));

        // Assert
        Assert.NotNull(result.Bundle.Only<DiagnosticReport>().Code);
        Assert.Single(result.Outcome.IssuesAt("OBR-4"));
    }

    private static string Obr(params (int Field, string Value)[] fields) =>
        SegmentText.Of("OBR", [(1, "1"), (2, "PL1^EHR"), (3, "FL1^LIS"), (4, "24323-8^Metabolic panel^LN"), (7, "20240115080000"), .. fields]);

    private static Fhir.Conversion.ConversionResult Convert(string obr) =>
        Conversions.Segments(TestMessages.OruHeader, TestMessages.Patient, TestMessages.Orc, obr, "OBX|1|NM|2345-7^Glucose^LN||112||||||F");

    private static void AssertIdentifier(Identifier identifier, string type, string system, string value)
    {
        Assert.Equal("http://terminology.hl7.org/CodeSystem/v2-0203", identifier.Type?.Coding[0].System);
        Assert.Equal(type, identifier.Type?.Coding[0].Code);
        Assert.Equal(system, identifier.System);
        Assert.Equal(value, identifier.Value);
    }
}
