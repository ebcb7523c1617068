using Adapter.Fhir.Conversion;
using Adapter.Fhir.Tests.Support;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Fhir.Tests.Segments;

/// <summary>The source and transformation Provenance (the IG's MSH[Provenance-Source] and MSH[Provenance-Transformation]).</summary>
public sealed class ProvenanceMapperTests
{
    [Fact]
    public void Add_Message_GivesSourceAndTransformationProvenance()
    {
        // Act
        var bundle = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F").Bundle;

        // Assert
        var provenances = bundle.All<Provenance>();
        Assert.Equal(2, provenances.Count);
        var transformation = Assert.Single(provenances, p => p.Activity?.Coding.Any(c => c.Code == "v2-fhir-transformation") == true);
        Assert.Equal("http://hl7.org/fhir/uv/v2mappings/CodeSystem/provenance-activity-type-v2-to-fhir", transformation.Activity!.Coding[0].System);
        Assert.Equal("assembler", transformation.Agent[0].Type?.Coding[0].Code);
        var source = Assert.Single(provenances, p => p != transformation);
        Assert.Equal("author", source.Agent[0].Type?.Coding[0].Code);
        Assert.Equal(Provenance.ProvenanceEntityRole.Source, source.Entity[0].Role);
    }

    [Fact]
    public void Add_Message_TargetsEveryOtherEntry()
    {
        // Act
        var bundle = Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112||||||F").Bundle;

        // Assert
        var others = bundle.Entry.Where(entry => entry.Resource is not Provenance).Select(entry => entry.FullUrl).ToList();
        Assert.All(bundle.All<Provenance>(), provenance => Assert.Equal(others, provenance.Target.Select(target => target.Reference)));
    }

    [Fact]
    public void Add_JournaledMessage_PointsToJournalAndUsesReceivedTime()
    {
        // Arrange
        var received = new DateTimeOffset(2024, 1, 15, 8, 31, 0, TimeSpan.Zero);
        var converter = new V2ToFhirConverter(V2ToFhirOptions.Default, new FakeTimeProvider(Conversions.ConvertedAt));

        // Act
        var bundle = converter.Convert(TestMessages.Result(), new SourceMessage("journal-42", received)).Bundle;

        // Assert
        var source = Assert.Single(bundle.All<Provenance>(), p => p.Activity?.Coding.Any(c => c.Code == "v2-fhir-transformation") != true);
        Assert.Equal(received, source.Recorded);
        Assert.Equal("urn:adapter:journal", source.Entity[0].What.Identifier?.System);
        Assert.Equal("journal-42", source.Entity[0].What.Identifier?.Value);
    }
}
