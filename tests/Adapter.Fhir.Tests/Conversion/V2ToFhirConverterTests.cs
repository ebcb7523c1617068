using Adapter.Fhir.Conversion;
using Adapter.Fhir.Serialization;
using Adapter.Fhir.Tests.Support;
using Adapter.Hl7v2.Parsing;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Fhir.Tests.Conversion;

public sealed class V2ToFhirConverterTests
{
    private static readonly string[] LabResult =
    [
        TestMessages.OruHeader,
        TestMessages.Patient,
        "PV1|1|O|WARD^101^A||||1234^DOC^DAVE|||||||||||||V555^^^HOSP^VN",
        TestMessages.Orc,
        TestMessages.Obr,
        "OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|70-99|H|||F",
        "NTE|1||Fasting sample.",
        "OBX|2|NM|2951-2^Sodium^LN||4,06|mmol/L^mmol/L^UCUM|136-145||||F",
        "SPM|1|SP1^SP1F||119364003^Serum^SCT",
    ];

    [Fact]
    public void Convert_SameMessageTwice_SerializesIdentically()
    {
        // Arrange
        var converter = new V2ToFhirConverter(V2ToFhirOptions.Default, new FakeTimeProvider(Conversions.ConvertedAt));

        // Act
        var first = converter.Convert(TestMessages.Parse(LabResult));
        var second = converter.Convert(TestMessages.Parse(LabResult));

        // Assert
        Assert.Equal(FhirJson.Serialize(first.Bundle), FhirJson.Serialize(second.Bundle));
        Assert.Equal(FhirJson.Serialize(first.Outcome), FhirJson.Serialize(second.Outcome));
    }

    [Fact]
    public void Convert_AtAnotherTime_KeepsEveryResourceIdAndFullUrl()
    {
        // Arrange
        var early = new V2ToFhirConverter(V2ToFhirOptions.Default, new FakeTimeProvider(Conversions.ConvertedAt));
        var late = new V2ToFhirConverter(V2ToFhirOptions.Default, new FakeTimeProvider(Conversions.ConvertedAt.AddDays(3)));

        // Act
        var first = early.Convert(TestMessages.Parse(LabResult)).Bundle;
        var second = late.Convert(TestMessages.Parse(LabResult)).Bundle;

        // Assert
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.Entry.Select(entry => entry.FullUrl), second.Entry.Select(entry => entry.FullUrl));
        Assert.Equal(first.Entry.Select(entry => entry.Resource!.Id), second.Entry.Select(entry => entry.Resource!.Id));
    }

    [Fact]
    public void Convert_AnotherControlId_GivesResourcesWithoutIdentifierOtherIds()
    {
        // Arrange
        var other = LabResult.ToArray();
        other[0] = other[0].Replace("MSG00001", "MSG00002", StringComparison.Ordinal);

        // Act
        var first = Conversions.Segments(LabResult).Bundle;
        var second = Conversions.Segments(other).Bundle;

        // Assert: the patient is found by its identifier, the observations only by the message they came in.
        Assert.Equal(first.Only<Patient>().Id, second.Only<Patient>().Id);
        Assert.Empty(first.All<Observation>().Select(o => o.Id).Intersect(second.All<Observation>().Select(o => o.Id)));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Convert_LabResult_IsTransactionWithUniqueUuidFullUrls()
    {
        // Act
        var bundle = Conversions.Segments(LabResult).Bundle;

        // Assert
        Assert.Equal(Bundle.BundleType.Transaction, bundle.Type);
        Assert.All(bundle.Entry, entry => Assert.Equal("urn:uuid:" + entry.Resource!.Id, entry.FullUrl));
        Assert.All(bundle.Entry, entry => Assert.True(Guid.TryParse(entry.Resource!.Id, out _)));
        Assert.Equal(bundle.Entry.Count, bundle.Entry.Select(entry => entry.FullUrl).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Convert_LabResult_EveryReferenceResolvesInsideTheBundle()
    {
        // Act
        var bundle = Conversions.Segments(LabResult).Bundle;

        // Assert
        var fullUrls = bundle.Entry.Select(entry => entry.FullUrl).ToHashSet(StringComparer.Ordinal);
        var references = bundle.References();
        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(reference, fullUrls));
    }

    [Fact]
    public void Convert_MshWithDoubledEscapeInEncodingCharacters_ReadsSubcomponents()
    {
        // Arrange: MSH-2 written ^~\\& (as LinuxForHealth test messages do); CX-4 uses & subcomponents.
        var message = TestMessages.Parse(
            "MSH|^~\\\\&|LAB|FAC|RCV|RFAC|20240115083000||ORU^R01|MSG9|P|2.6",
            "PID|1||12345^^^HOSP&2.16.840.1.113883.19.5&ISO^MR||DOE^JANE",
            "OBR|1||FL9^LIS|1051-2^New Born Screening^LN|||20240115080000||||||||||||||||||F",
            "OBX|1|ST|X1^Finding^L||ECHOCARDIOGRAPHIC REPORT||||||F");

        // Act
        var result = Conversions.Convert(message);

        // Assert
        var identifier = Assert.Single(result.Bundle.Only<Patient>().Identifier);
        Assert.Equal("urn:oid:2.16.840.1.113883.19.5", identifier.System);
        Assert.Equal("12345", identifier.Value);
        Assert.Equal("ECHOCARDIOGRAPHIC REPORT", Assert.IsType<FhirString>(result.Bundle.Only<Observation>().Value).Value);
    }

    [Fact]
    public void Convert_CorpusMessageWithDoubledEscape_KeepsBothReportsAndTheirResults()
    {
        // Arrange: two OBR groups without ORC, MSH-2 "^~\\&".
        var message = Hl7Message.Parse(File.ReadAllBytes(Path.Combine(TestFiles.Corpus, "lfh_inline_ORU_OBRx2_dblbackslash.hl7")));

        // Act
        var bundle = Conversions.Convert(message).Bundle;

        // Assert
        var reports = bundle.All<DiagnosticReport>();
        Assert.Equal(["112", "113"], reports.Select(report => report.Code.Coding[0].Code));
        Assert.All(reports, report => Assert.Equal(2, report.Result.Count));
        Assert.Equal("SMITH", bundle.Only<Patient>().Name[0].Family);
    }

    [Fact]
    public void Convert_MessageTime_IsBundleTimestampInConfiguredZone()
    {
        // Arrange
        var options = new V2ToFhirOptions { TimeZone = Conversions.Amsterdam };

        // Act
        var bundle = Conversions.Convert(TestMessages.Parse(LabResult), options).Bundle;

        // Assert: MSH-7 20240115083000 has no offset; Amsterdam is UTC+1 in January.
        Assert.Equal(new DateTimeOffset(2024, 1, 15, 8, 30, 0, TimeSpan.FromHours(1)), bundle.Timestamp);
    }

    [Fact]
    public void Convert_WithFakeClock_RecordsTransformationAtThatTime()
    {
        // Act
        var bundle = Conversions.Segments(LabResult).Bundle;

        // Assert
        var transformation = Assert.Single(bundle.All<Provenance>(), provenance => provenance.Activity?.Coding.Any(coding => coding.Code == "v2-fhir-transformation") == true);
        Assert.Equal(Conversions.ConvertedAt, transformation.Recorded);
    }

    [Fact]
    public void Convert_NullMessage_Throws()
    {
        // Arrange
        var converter = new V2ToFhirConverter(V2ToFhirOptions.Default, new FakeTimeProvider(Conversions.ConvertedAt));

        // Act + Assert
        Assert.Throws<ArgumentNullException>(() => converter.Convert(null!));
    }
}
