using System.Text.Json;
using Adapter.Fhir.Conversion;
using Adapter.Fhir.Serialization;
using Adapter.Fhir.Tests.Snapshots;
using Adapter.Hl7v2.Batches;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Fhir.Tests.Serialization;

/// <summary>Our writer must produce exactly what the Firely SDK's serializer produces.</summary>
public sealed class FhirJsonWriterTests
{
    private static readonly JsonSerializerOptions Firely = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var name in SnapshotCases.All())
        {
            cases.Add(name);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void SerializeToUtf8_ConvertedMessage_EqualsFirelySerializer(string caseName)
    {
        var converter = new V2ToFhirConverter(V2ToFhirOptions.Default, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
        foreach (var message in Hl7Batch.Parse(File.ReadAllBytes(SnapshotCases.PathOf(caseName))).Messages)
        {
            var result = converter.Convert(message);

            Assert.Equal(JsonSerializer.Serialize(result.Bundle, Firely), System.Text.Encoding.UTF8.GetString(FhirJson.SerializeToUtf8(result.Bundle)));
            Assert.Equal(JsonSerializer.Serialize(result.Outcome, Firely), FhirJson.Serialize(result.Outcome));
        }
    }

    [Fact]
    public void SerializeToUtf8_PrimitivesWithExtensionsAndNulls_EqualsFirelySerializer()
    {
        var name = new HumanName { Family = "Doe" };
        name.GivenElement.Add(new FhirString("Jane"));
        var unsent = new FhirString(null);
        unsent.Extension.Add(new Extension("http://hl7.org/fhir/StructureDefinition/data-absent-reason", new Code("unknown")));
        name.GivenElement.Add(unsent);
        var patient = new Patient
        {
            Id = "p1",
            Name = [name],
            Active = true,
            MultipleBirth = new Integer(2),
            BirthDateElement = new Date("1962-09-03") { ElementId = "b1" },
            Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">Jane &amp; co</div>" },
            Contained = [new Organization { Id = "o1", Name = "Lab" }],
        };
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Code = new CodeableConcept { Text = "x" },
            Value = new Quantity { Value = 1.50m, Comparator = Quantity.QuantityComparator.LessThan },
            Issued = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)),
        };
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Entry = [new Bundle.EntryComponent { Resource = patient }, new Bundle.EntryComponent { Resource = observation }] };

        Assert.Equal(JsonSerializer.Serialize(bundle, Firely), FhirJson.Serialize(bundle));
    }
}
