using Adapter.Fhir.Tests.Support;
using Adapter.Hl7v2.Batches;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace Adapter.Fhir.Tests.Conversion;

/// <summary>
/// Every ORU, ORM and ADT message of the corpus (copies in Support/Corpus) and every sample message
/// converts without throwing into a Bundle the Firely model validator accepts.
/// </summary>
public sealed class V2ToFhirConverterCorpusTests
{
    // Every file goes through Hl7Batch: batch files (FHS/BHS) and files with several MSH yield each message.
    public static TheoryData<string, int> CorpusMessages() => Messages(TestFiles.Corpus, TestFiles.CorpusNames());

    public static TheoryData<string, int> SampleMessages() => Messages(TestFiles.SampleMessages, TestFiles.SampleNames());

    [Theory]
    [MemberData(nameof(CorpusMessages))]
    public void Convert_CorpusMessage_GivesValidBundle(string file, int index)
    {
        // Arrange
        var message = Load(TestFiles.Corpus, file, index);

        // Act
        var result = Conversions.Convert(message);

        // Assert
        AssertValid(result.Bundle);
    }

    [Theory]
    [MemberData(nameof(SampleMessages))]
    public void Convert_SampleMessage_GivesValidBundle(string file, int index)
    {
        // Arrange
        var message = Load(TestFiles.SampleMessages, file, index);

        // Act
        var result = Conversions.Convert(message, new Fhir.Conversion.V2ToFhirOptions { TimeZone = Conversions.Amsterdam });

        // Assert
        AssertValid(result.Bundle);
    }

    [Fact]
    public void CorpusCopies_AreEveryOruOrmAndAdtMessage()
    {
        // Act
        var names = TestFiles.CorpusNames().ToList();

        // Assert: 22 ORU, 12 ORM and 15 ADT files, one of them a batch (INDEX.tsv beside them).
        Assert.Equal(49, names.Count);
        Assert.Equal(50, CorpusMessages().Count());
    }

    [Fact]
    public void Validate_BundleWithInvalidEntry_ReportsErrors()
    {
        // Arrange: the validator must see inside entries, or the theories above prove nothing.
        var bundle = new Bundle { Type = Bundle.BundleType.Transaction };
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = "urn:uuid:" + Guid.Empty,
            Resource = new Observation { Code = new CodeableConcept("http://loinc.org", "2345-7"), Effective = new FhirDateTime("2024-01-15T08:00") },
        });

        // Act
        var errors = bundle.Validate(ModelInfo.ModelInspector);

        // Assert
        Assert.Contains(errors, error => error.Message.Contains("resource.status", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Message.Contains("dateTime", StringComparison.Ordinal));
    }

    private static void AssertValid(Bundle bundle)
    {
        var errors = bundle.Validate(ModelInfo.ModelInspector);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(error => error.Message)));
        Assert.NotEmpty(bundle.Entry);
    }

    private static Hl7v2.Parsing.Hl7Message Load(string directory, string file, int index) =>
        Hl7Batch.Parse(File.ReadAllBytes(Path.Combine(directory, file))).Messages[index];

    private static TheoryData<string, int> Messages(string directory, IEnumerable<string> names)
    {
        var data = new TheoryData<string, int>();
        foreach (var name in names)
        {
            var count = Hl7Batch.Parse(File.ReadAllBytes(Path.Combine(directory, name))).Messages.Count;
            for (var index = 0; index < count; index++)
            {
                data.Add(name, index);
            }
        }

        return data;
    }
}
