using Adapter.Hl7v2.Parsing;
using Adapter.Mapping.Documents;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Tests.Support;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Tests.Expressions;

public sealed class ExpressionEvaluationTests : IDisposable
{
    private const string V2Message =
        "MSH|^~\\&|LAB|FAC|EMR|HOSP|20261120103000||ORU^R01|MSG00001|P|2.5.1\r" +
        "PID|1||12345^^^HOSP^MR||Doe^Jane||19800101|F|||||^NET^Internet^jane@example.org\r" +
        "OBR|1|PL-77|FL-88|24331-1^Lipid panel^LN|||20261120093000\r" +
        "OBX|1|NM|A1^Hemoglobin^L||13.5|g/dL\r";

    private static readonly SourcePosition At = new("m.yaml", 1, 1);

    private readonly TempDirectory _directory = new();
    private readonly LookupTables _lookups;

    public ExpressionEvaluationTests()
    {
        _directory.Write("lookups/codes.csv", "local,loinc\nA1,718-7\nA2,4544-3\n");
        var errors = new List<MappingError>();
        _lookups = LookupTables.Read(_directory.Path, errors);
        Assert.Empty(errors);
    }

    public void Dispose() => _directory.Dispose();

    private static Bundle LabBundle()
    {
        var patient = new Patient
        {
            Id = "p1",
            Identifier = [new Identifier("urn:oid:1.2.3", "12345") { Type = Type("MR") }],
            Telecom =
            [
                new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, "555-0100"),
                new ContactPoint(ContactPoint.ContactPointSystem.Email, null, "jane@example.org"),
            ],
        };
        var order = new ServiceRequest
        {
            Id = "o1",
            Identifier = [new Identifier("urn:oid:1.2.4", "PL-77") { Type = Type("PLAC") }],
            Subject = new ResourceReference("urn:uuid:p1"),
            Requester = new ResourceReference("Patient/p1"),
        };
        var report = new DiagnosticReport
        {
            Id = "r1",
            Status = DiagnosticReport.DiagnosticReportStatus.Final,
            Effective = new FhirDateTime("2026-11-20T10:30:00+01:00"),
        };
        var hemoglobin = new Observation { Id = "ob1", Code = Loinc("718-7", "Hemoglobin") };
        var hematocrit = new Observation { Id = "ob2", Code = Loinc("4544-3", "Hematocrit") };
        var bundle = new Bundle { Type = Bundle.BundleType.Message };
        foreach (var resource in new Resource[] { patient, order, report, hemoglobin, hematocrit })
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{resource.Id}", Resource = resource });
        }

        return bundle;
    }

    private static CodeableConcept Type(string code) => new("http://terminology.hl7.org/CodeSystem/v2-0203", code);

    private static CodeableConcept Loinc(string code, string display) => new() { Coding = [new Coding("http://loinc.org", code, display)] };

    private string? Evaluate(string text)
    {
        var errors = new List<MappingError>();
        var expression = new ExpressionCompiler(_lookups).Compile(text, At, errors);
        Assert.Empty(errors);
        return expression!.EvaluateText(new MessageScope(LabBundle(), Hl7Message.Parse(V2Message), _lookups));
    }

    [Fact]
    public void EvaluateText_PatientIdentifierOfTypeMr_IsItsValue()
    {
        // Act
        var value = Evaluate("%patient.identifier.where(type.coding.code = 'MR').value.first()");

        // Assert
        Assert.Equal("12345", value);
    }

    [Fact]
    public void EvaluateText_PatientEmail_IsTheEmailTelecom()
    {
        // Act
        var value = Evaluate("%patient.telecom.where(system = 'email').value.first()");

        // Assert
        Assert.Equal("jane@example.org", value);
    }

    [Theory]
    [InlineData("coalesce(%order.identifier.where(type.coding.code = 'FILL').value, %order.identifier.where(type.coding.code = 'PLAC').value).first()", "PL-77")]
    [InlineData("coalesce(v2('ORC-14.4'), v2('OBR-2'))", "PL-77")]
    [InlineData("coalesce(%encounter.id, %specimens.id, 'none')", "none")]
    public void EvaluateText_CoalesceWithFirstEmpty_TakesTheNextPresent(string text, string expected)
    {
        // Act
        var value = Evaluate(text);

        // Assert
        Assert.Equal(expected, value);
    }

    [Fact]
    public void EvaluateText_CoalesceWithFirstPresent_TakesTheFirst()
    {
        // Act
        var value = Evaluate("coalesce(%patient.identifier.value, 'fallback')");

        // Assert
        Assert.Equal("12345", value);
    }

    [Theory]
    [InlineData("v2('PID-3.1')", "12345")]
    [InlineData("v2('PID-5.2')", "Jane")]
    [InlineData("v2('PID-13.4')", "jane@example.org")]
    [InlineData("v2('OBR-2')", "PL-77")]
    [InlineData("v2('OBX-5')", "13.5")]
    public void EvaluateText_V2Path_ReadsTheOriginalMessage(string text, string expected)
    {
        // Act
        var value = Evaluate(text);

        // Assert
        Assert.Equal(expected, value);
    }

    [Fact]
    public void EvaluateText_V2FieldTheMessageLacks_IsNothing()
    {
        // Act
        var value = Evaluate("v2('PID-19')");

        // Assert
        Assert.Null(value);
    }

    [Fact]
    public void EvaluateText_V2WithoutAMessage_IsNothing()
    {
        // Arrange
        var errors = new List<MappingError>();
        var expression = new ExpressionCompiler(_lookups).Compile("v2('PID-3.1')", At, errors);

        // Act
        var values = expression!.Evaluate(new MessageScope(LabBundle(), null, _lookups));

        // Assert
        Assert.Empty(values);
    }

    [Fact]
    public void EvaluateText_LookupOfAListedCode_IsItsTranslation()
    {
        // Act
        var value = Evaluate("lookup('codes', v2('OBX-3.1'))");

        // Assert
        Assert.Equal("718-7", value);
    }

    [Fact]
    public void EvaluateText_LookupOfACollection_TranslatesItsFirstValue()
    {
        // Act
        var value = Evaluate("lookup('codes', ('A2' | 'A1'))");

        // Assert
        Assert.Equal("4544-3", value);
    }

    [Theory]
    [InlineData("%order.subject.resolve().telecom.where(system = 'email').value.first()", "jane@example.org")]
    [InlineData("%order.requester.resolve().identifier.value.first()", "12345")]
    public void EvaluateText_ResolveAReferenceInTheBundle_FindsTheResource(string expression, string expected)
    {
        // Act
        var value = Evaluate(expression);

        // Assert
        Assert.Equal(expected, value);
    }

    [Fact]
    public void EvaluateText_ResolveAReferenceOutsideTheBundle_IsNothing()
    {
        // Act
        var value = Evaluate("%report.subject.resolve().id");

        // Assert
        Assert.Null(value);
    }

    [Theory]
    [InlineData("formatDate(%patient.identifier, 'yyyy')")]
    [InlineData("base64(%patient.telecom)")]
    [InlineData("lookup('codes', %order.identifier)")]
    [InlineData("%patient.identifier.display()")]
    public void EvaluateText_WholeElementWhereAValueIsExpected_IsNothing(string expression)
    {
        // Act
        var value = Evaluate(expression);

        // Assert
        Assert.Null(value);
    }

    [Fact]
    public void EvaluateText_LookupOfAnUnlistedCode_IsNothing()
    {
        // Act
        var value = Evaluate("lookup('codes', 'ZZ')");

        // Assert
        Assert.Null(value);
    }

    [Fact]
    public void EvaluateText_FormatDateOnADateTime_FormatsItInUtc()
    {
        // Act
        var value = Evaluate("formatDate(%report.effective, 'yyyy-MM-dd HH:mm')");

        // Assert
        Assert.Equal("2026-11-20 09:30", value);
    }

    [Fact]
    public void EvaluateText_FormatDateOnADateTimeAsText_FormatsItInUtc()
    {
        // Act
        var value = Evaluate("formatDate(%report.effective.toString(), 'yyyy-MM-dd HH:mm')");

        // Assert
        Assert.Equal("2026-11-20 09:30", value);
    }

    [Fact]
    public void EvaluateText_FormatDateOnAYearOnly_IsNothing()
    {
        // Act
        var value = Evaluate("formatDate('2026', 'yyyy-MM-dd')");

        // Assert
        Assert.Null(value);
    }

    [Fact]
    public void EvaluateText_Base64_EncodesTheUtf8Bytes()
    {
        // Act
        var value = Evaluate("base64('Grüße')");

        // Assert
        Assert.Equal("R3LDvMOfZQ==", value);
    }

    [Fact]
    public void EvaluateText_JoinOverObservations_JoinsEachInBundleOrder()
    {
        // Act
        var value = Evaluate("%observations.select(code.coding.code.first() + '=' + code.coding.display.first()).join('; ')");

        // Assert
        Assert.Equal("718-7=Hemoglobin; 4544-3=Hematocrit", value);
    }

    [Fact]
    public void EvaluateText_ElementThatIsNotAValue_IsNothing()
    {
        // Act
        var value = Evaluate("%patient");

        // Assert
        Assert.Null(value);
    }
}
