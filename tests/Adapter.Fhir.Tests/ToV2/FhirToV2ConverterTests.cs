using Adapter.Fhir.ToV2;
using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Parsing;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Fhir.Tests.ToV2;

public sealed class FhirToV2ConverterTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Convert_ServiceRequest_WritesOrmWithOrderDetails()
    {
        var request = new ServiceRequest
        {
            Id = "order",
            Status = RequestStatus.Active,
            Intent = RequestIntent.Order,
            Subject = new ResourceReference("Patient/p1"),
            Requester = new ResourceReference("Practitioner/dr"),
            Priority = RequestPriority.Stat,
            Code = new CodeableConcept("http://loinc.org", "24627-2", "CT Chest"),
            Occurrence = new FhirDateTime("2026-11-21T09:00:00-05:00"),
            ReasonCode = [new CodeableConcept("http://hl7.org/fhir/sid/icd-10", "R05.3", "Chronic cough")],
            Identifier =
            [
                Typed("urn:adapter:authority:EHR", "ORD-1", "PLAC"),
                Typed("urn:adapter:authority:RIS", "ACC-9", "ACSN"),
                new Identifier("urn:dicom:uid", "urn:oid:2.25.1234"),
            ],
            Note = [new Annotation { Text = "Patient is claustrophobic" }],
        };

        var message = Convert(request, Patient(), new Practitioner { Id = "dr", Name = [new HumanName { Family = "INTERNIST", Given = ["IAN"] }] });

        Assert.Equal("ORM^O01^ORM_O01", message.Header.Field(9).Value);
        var orc = Find(message, "ORC");
        Assert.Equal("NW", orc.Field(1).Value);
        Assert.Equal("ORD-1", orc.Field(2).Component(1).Value);
        Assert.Equal("EHR", orc.Field(2).Component(2).Value);
        Assert.Equal("INTERNIST", orc.Field(12).Component(2).Value);
        var obr = Find(message, "OBR");
        Assert.Equal("24627-2", obr.Field(4).Component(1).Value);
        Assert.Equal("LN", obr.Field(4).Component(3).Value);
        Assert.Equal("ACC-9", obr.Field(18).Value);
        Assert.Equal("20261121090000-0500", obr.Field(27).Component(4).Value);
        Assert.Equal("S", obr.Field(27).Component(6).Value);
        Assert.Equal("R05.3", obr.Field(31).Component(1).Value);
        Assert.Equal("I10", obr.Field(31).Component(3).Value);
        Assert.Equal("S", Find(message, "TQ1").Field(9).Value);
        Assert.Equal("Patient is claustrophobic", Find(message, "NTE").Field(3).Value);
        Assert.Equal("2.25.1234", Find(message, "ZDS").Field(1).Component(1).Value);
    }

    [Fact]
    public void Convert_ReportWithPdfAndLink_WritesEdAndRpObservations()
    {
        var pdf = "%PDF-1.4 test"u8.ToArray();
        var report = new DiagnosticReport
        {
            Id = "r1",
            Status = DiagnosticReport.DiagnosticReportStatus.Final,
            Code = new CodeableConcept("http://loinc.org", "18748-4", "Diagnostic imaging study"),
            Subject = new ResourceReference("Patient/p1"),
            PresentedForm =
            [
                new Attachment { ContentType = "application/pdf", Data = pdf },
                new Attachment { Url = "https://reports.example.org/r1", ContentType = "text/html" },
            ],
        };

        var message = Convert(report, Patient());

        var ed = Find(message, "OBX", 1);
        Assert.Equal("ED", ed.Field(2).Value);
        Assert.Equal("AP", ed.Field(5).Component(2).Value);
        Assert.Equal("PDF", ed.Field(5).Component(3).Value);
        Assert.Equal("Base64", ed.Field(5).Component(4).Value);
        Assert.Equal(pdf, System.Convert.FromBase64String(ed.Field(5).Component(5).Value));
        var rp = Find(message, "OBX", 2);
        Assert.Equal("RP", rp.Field(2).Value);
        Assert.Equal("https://reports.example.org/r1", rp.Field(5).Component(1).Value);
        Assert.Equal("F", rp.Field(11).Value);
        Assert.Equal("F", Find(message, "OBR").Field(25).Value);
    }

    [Fact]
    public void Convert_ReportWithConclusionLines_WritesOneTxObxPerLine()
    {
        var report = new DiagnosticReport
        {
            Id = "r1",
            Status = DiagnosticReport.DiagnosticReportStatus.Preliminary,
            Code = new CodeableConcept("http://loinc.org", "24627-2"),
            Subject = new ResourceReference("Patient/p1"),
            Conclusion = "IMPRESSION:\n1. Nodule | follow up",
        };

        var message = Convert(report, Patient());

        Assert.Equal("IMPRESSION:", Find(message, "OBX", 1).Field(5).Value);
        Assert.Equal("1. Nodule | follow up", Find(message, "OBX", 2).Field(5).Value);
        Assert.Equal("TX", Find(message, "OBX", 2).Field(2).Value);
        Assert.Equal("P", Find(message, "OBR").Field(25).Value);
    }

    [Fact]
    public void Convert_ReportWhosePatientIsMissing_FailsNamingTheSubject()
    {
        var report = new DiagnosticReport { Id = "r1", Status = DiagnosticReport.DiagnosticReportStatus.Final, Code = new CodeableConcept { Text = "x" }, Subject = new ResourceReference("Patient/absent") };

        var result = Converter().Convert(new Bundle { Entry = [new Bundle.EntryComponent { Resource = report }] });

        Assert.False(result.Succeeded);
        var issue = Assert.Single(result.Outcome.Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Equal("DiagnosticReport.subject", Assert.Single(issue.Expression));
    }

    [Fact]
    public void Convert_BundleWithoutReportOrOrder_FailsWithAnError()
    {
        var result = Converter().Convert(new Bundle { Entry = [new Bundle.EntryComponent { Resource = Patient() }] });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Outcome.Issue, issue => issue.Severity == OperationOutcome.IssueSeverity.Error);
    }

    [Fact]
    public void Convert_ObservationWithComparator_WritesStructuredNumeric()
    {
        var observation = new Observation
        {
            Id = "o1",
            Status = ObservationStatus.Final,
            Code = new CodeableConcept("http://loinc.org", "98979-8"),
            Value = new Quantity { Value = 60, Comparator = Quantity.QuantityComparator.GreaterThan, Unit = "mL/min/{1.73_m2}", Code = "mL/min/{1.73_m2}", System = "http://unitsofmeasure.org" },
            Interpretation = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "N")],
            ReferenceRange = [new Observation.ReferenceRangeComponent { Low = new Quantity { Value = 60 } }],
        };
        var report = new DiagnosticReport
        {
            Id = "r1",
            Status = DiagnosticReport.DiagnosticReportStatus.Final,
            Code = new CodeableConcept { Text = "eGFR" },
            Subject = new ResourceReference("Patient/p1"),
            Result = [new ResourceReference("Observation/o1")],
        };

        var message = Convert(report, Patient(), observation);

        var obx = Find(message, "OBX");
        Assert.Equal("SN", obx.Field(2).Value);
        Assert.Equal(">", obx.Field(5).Component(1).Value);
        Assert.Equal("60", obx.Field(5).Component(2).Value);
        Assert.Equal("UCUM", obx.Field(6).Component(3).Value);
        Assert.Equal(">60", obx.Field(7).Value);
        Assert.Equal("N", obx.Field(8).Value);
    }

    private static Hl7Message Convert(params Resource[] resources)
    {
        var bundle = new Bundle { Entry = [.. resources.Select(resource => new Bundle.EntryComponent { Resource = resource })] };
        var result = Converter().Convert(bundle);
        Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Issue.Select(issue => issue.Diagnostics)));
        return Hl7Message.Parse(result.Message!.ToString());
    }

    private static FhirToV2Converter Converter() => new(FhirToV2Options.Default, Time, new RandomControlIdGenerator());

    private static Patient Patient() => new()
    {
        Id = "p1",
        Identifier = [Typed("urn:oid:2.16.840.1.113883.19.5", "100998877", "MR")],
        Name = [new HumanName { Family = "TESTPATIENT", Given = ["BRAVO"] }],
        BirthDate = "1962-09-03",
        Gender = AdministrativeGender.Male,
    };

    private static Identifier Typed(string system, string value, string type) =>
        new(system, value) { Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v2-0203", type) };

    private static Hl7Segment Find(Hl7Message message, string id, int occurrence = 1) =>
        Enumerable.Range(0, message.SegmentCount).Select(index => message[index]).Where(segment => segment.Id == id).ElementAt(occurrence - 1);
}
