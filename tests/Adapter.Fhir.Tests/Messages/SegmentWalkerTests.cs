using Adapter.Fhir.Tests.Support;
using Adapter.Hl7v2.Parsing;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Messages;

/// <summary>Which resource each segment belongs to as the message is walked: orders, specimens, notes.</summary>
public sealed class SegmentWalkerTests
{
    [Fact]
    public void Walk_SeveralOrdersEachWithOwnOrc_ReportIsBasedOnItsOwnOrder()
    {
        // Act
        var bundle = Conversions.Segments(
            TestMessages.OruHeader,
            TestMessages.Patient,
            "ORC|RE|PL-A^EHR|FL-A^LIS||CM",
            SegmentText.Of("OBR", (1, "1"), (4, "2345-7^Glucose^LN"), (25, "F")),
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F",
            "ORC|RE|PL-B^EHR|FL-B^LIS||CM",
            SegmentText.Of("OBR", (1, "2"), (4, "2951-2^Sodium^LN"), (25, "F")),
            "OBX|1|NM|2951-2^Sodium^LN||140||||||F",
            "ORC|RE|PL-C^EHR|FL-C^LIS||CM",
            SegmentText.Of("OBR", (1, "3"), (4, "2823-3^Potassium^LN"), (25, "F")),
            "OBX|1|NM|2823-3^Potassium^LN||4.1||||||F").Bundle;

        // Assert
        var reports = bundle.All<DiagnosticReport>();
        Assert.Equal(3, reports.Count);
        Assert.Equal(3, bundle.All<ServiceRequest>().Count);
        Assert.Equal(["PL-A", "PL-B", "PL-C"], reports.Select(report => Placer(bundle.Resolve<ServiceRequest>(Assert.Single(report.BasedOn)))));
        Assert.Equal(["2345-7", "2951-2", "2823-3"], reports.Select(report => bundle.Resolve<Observation>(Assert.Single(report.Result)).Code.Coding[0].Code));
    }

    [Fact]
    public void Walk_SeveralOrders_ObservationIsBasedOnItsOwnOrder()
    {
        // Act
        var bundle = Conversions.Segments(
            TestMessages.OruHeader,
            TestMessages.Patient,
            "ORC|RE|PL-A^EHR|||CM",
            SegmentText.Of("OBR", (1, "1"), (4, "2345-7^Glucose^LN"), (25, "F")),
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F",
            "ORC|RE|PL-B^EHR|||CM",
            SegmentText.Of("OBR", (1, "2"), (4, "2951-2^Sodium^LN"), (25, "F")),
            "OBX|1|NM|2951-2^Sodium^LN||140||||||F").Bundle;

        // Assert
        Assert.Equal("PL-B", Placer(bundle.Resolve<ServiceRequest>(Assert.Single(bundle.Observation("2951-2").BasedOn))));
        Assert.Equal("PL-A", Placer(bundle.Resolve<ServiceRequest>(Assert.Single(bundle.Observation("2345-7").BasedOn))));
    }

    [Fact]
    public void Walk_ObxAfterSpm_ObservationSpecimenIsThatSpecimen()
    {
        // Act
        var bundle = Conversions.Result(
            "SPM|1|SP-1^SPF-1||119364003^Serum^SCT",
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F",
            "SPM|2|SP-2^SPF-2||122555007^Venous blood^SCT",
            "OBX|2|NM|2951-2^Sodium^LN||140||||||F").Bundle;

        // Assert
        Assert.Equal("SPF-1", Filler(bundle.Resolve<Specimen>(bundle.Observation("2345-7").Specimen)));
        Assert.Equal("SPF-2", Filler(bundle.Resolve<Specimen>(bundle.Observation("2951-2").Specimen)));
        Assert.Equal(2, bundle.Only<DiagnosticReport>().Specimen.Count);
    }

    [Fact]
    public void Walk_ObxAfterSpm_ObservationPointsToThatSpecimen()
    {
        // Act
        var bundle = Conversions.Result(
            "SPM|1|SP-1^SPF-1||119364003^Serum^SCT",
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F",
            "SPM|2|SP-2^SPF-2||122555007^Venous blood^SCT",
            "OBX|2|NM|2951-2^Sodium^LN||140||||||F").Bundle;

        // Assert: by Observation.specimen (our issue) or Observation.focus (the IG), never the other SPM.
        Assert.Equal(["SPF-1"], SpecimensOf(bundle, bundle.Observation("2345-7")));
        Assert.Equal(["SPF-2"], SpecimensOf(bundle, bundle.Observation("2951-2")));
    }

    [Fact]
    public void Walk_NteAfterPid_IsInformationIssueAndPatientIsKept()
    {
        // Act
        var result = Conversions.Segments(
            TestMessages.OruHeader,
            TestMessages.Patient,
            "NTE|1||Patient prefers morning appointments.",
            TestMessages.Orc,
            TestMessages.Obr,
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F");

        // Assert
        var issue = Assert.Single(result.Outcome.IssuesAt("NTE-3"));
        Assert.Equal(OperationOutcome.IssueSeverity.Information, issue.Severity);
        Assert.DoesNotContain("morning", issue.Diagnostics, StringComparison.Ordinal);
        Assert.Equal("DOE", result.Bundle.Only<Patient>().Name[0].Family);
        Assert.Empty(result.Bundle.Only<Observation>().Note);
    }

    [Fact]
    public void Walk_NteAfterObx_IsNoteOfThatObservationOnly()
    {
        // Act
        var bundle = Conversions.Result(
            "OBX|1|NM|2345-7^Glucose^LN||112||||||F",
            "OBX|2|NM|2951-2^Sodium^LN||140||||||F",
            "NTE|1||Hemolysed sample.",
            "OBX|3|NM|2823-3^Potassium^LN||4.1||||||F").Bundle;

        // Assert
        Assert.Equal("Hemolysed sample.", Assert.Single(bundle.Observation("2951-2").Note).Text);
        Assert.Empty(bundle.Observation("2345-7").Note);
        Assert.Empty(bundle.Observation("2823-3").Note);
    }

    [Fact]
    public void Walk_NteAfterTxObx_IsNoteBesideText()
    {
        // Act
        var observation = Conversions.Result(
            "OBX|1|TX|18782-3^Radiology Study observation^LN|1|IMPRESSION: No acute findings.||||||F",
            "NTE|1||Preliminary read by resident.").Bundle.Only<Observation>();

        // Assert
        Assert.Equal("IMPRESSION: No acute findings.", Assert.IsType<FhirString>(observation.Value).Value);
        Assert.Equal("Preliminary read by resident.", Assert.Single(observation.Note).Text);
    }

    [Fact]
    public void Walk_NteAfterObrInOrder_IsNoteOfThatOrder()
    {
        // Arrange
        var message = Hl7Message.Parse(File.ReadAllBytes(Path.Combine(TestFiles.SampleMessages, "orm-o01-lab-order.hl7")));

        // Act
        var bundle = Conversions.Convert(message).Bundle;

        // Assert
        var requests = bundle.All<ServiceRequest>();
        Assert.Equal(["EHR-ORD-556012", "EHR-ORD-556013"], requests.Select(Placer));
        Assert.Empty(requests[0].Note);
        Assert.Equal("Please add to existing EDTA tube if volume allows.", Assert.Single(requests[1].Note).Text);
    }

    [Fact]
    public void Walk_ObxInOrder_IsSupportingInformation()
    {
        // Act
        var bundle = Conversions.Segments(
            TestMessages.OrmHeader,
            TestMessages.Patient,
            "ORC|NW|P1^EHR",
            "OBR|1|P1^EHR||58410-2^CBC^LN",
            "OBX|1|NM|8302-2^Body height^LN||180|cm^cm^UCUM|||||F").Bundle;

        // Assert
        var request = bundle.Only<ServiceRequest>();
        Assert.Same(bundle.Only<Observation>(), bundle.Resolve<Observation>(Assert.Single(request.SupportingInfo)));
        Assert.Empty(bundle.All<DiagnosticReport>());
    }

    [Fact]
    public void Walk_OrcWithoutObr_StillGivesServiceRequest()
    {
        // Act
        var bundle = Conversions.Segments(TestMessages.OrmHeader, TestMessages.Patient, "ORC|CA|P1^EHR|||CA").Bundle;

        // Assert
        var request = bundle.Only<ServiceRequest>();
        Assert.Equal(RequestStatus.Revoked, request.Status);
        Assert.Equal("P1", Placer(request));
    }

    [Fact]
    public void Walk_AdmitMessage_FocusIsThePatient()
    {
        // Act
        var bundle = Conversions.Segments(TestMessages.AdtHeader, "EVN|A01|20240115083000", TestMessages.Patient, "PV1|1|I").Bundle;

        // Assert
        var header = bundle.Only<MessageHeader>();
        Assert.Same(bundle.Only<Patient>(), bundle.Resolve<Patient>(Assert.Single(header.Focus)));
        Assert.Single(bundle.All<Encounter>());
    }

    [Fact]
    public void Walk_ZSegment_IsInformationIssueNamingSegment()
    {
        // Act
        var result = Conversions.Result("ZXT|1|private site data", "OBX|1|NM|2345-7^Glucose^LN||112||||||F");

        // Assert
        var issue = Assert.Single(result.Outcome.IssuesAt("ZXT"));
        Assert.Equal(OperationOutcome.IssueSeverity.Information, issue.Severity);
        Assert.Single(result.Bundle.All<Observation>());
    }

    [Fact]
    public void Walk_ObxWithoutObr_StillGivesObservationForPatient()
    {
        // Act
        var bundle = Conversions.Segments(TestMessages.OruHeader, TestMessages.Patient, "OBX|1|TX|X1^Comment^L||Free text result||||||F").Bundle;

        // Assert
        var observation = bundle.Only<Observation>();
        Assert.Equal("Free text result", Assert.IsType<FhirString>(observation.Value).Value);
        Assert.Same(bundle.Only<Patient>(), bundle.Resolve<Patient>(observation.Subject));
    }

    [Fact]
    public void Walk_RadiologySample_KeepsEveryTxLineAndThePdf()
    {
        // Arrange
        var message = Hl7Message.Parse(File.ReadAllBytes(Path.Combine(TestFiles.SampleMessages, "oru-r01-radiology-report.hl7")));

        // Act
        var bundle = Conversions.Convert(message).Bundle;

        // Assert
        var report = bundle.Only<DiagnosticReport>();
        var lines = report.Result.Select(reference => Assert.IsType<FhirString>(bundle.Resolve<Observation>(reference).Value).Value).ToList();
        Assert.Equal(11, lines.Count);
        Assert.Equal("EXAMINATION: CT CHEST WITHOUT CONTRAST", lines[0]);
        Assert.Equal("2. Mild centrilobular emphysema.", lines[10]);
        var pdf = Assert.Single(report.PresentedForm);
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Equal(648, pdf.Data?.Length);
        Assert.Equal("%PDF-"u8.ToArray(), pdf.Data?.Take(5));
    }

    private static string? Placer(ServiceRequest request) =>
        request.Identifier.Single(identifier => identifier.Type?.Coding[0].Code == "PLAC").Value;

    private static List<string?> SpecimensOf(Bundle bundle, Observation observation) =>
        [.. new[] { observation.Specimen }.Concat(observation.Focus).OfType<ResourceReference>().Select(reference => Filler(bundle.Resolve<Specimen>(reference))).Distinct()];

    private static string? Filler(Specimen specimen) =>
        specimen.Identifier.Single(identifier => identifier.Type?.Coding[0].Code == "FILL").Value;
}
