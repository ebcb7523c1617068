using Adapter.Fhir.Conversion;
using Adapter.Fhir.Serialization;
using Adapter.Hl7v2.Batches;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Adapter.Fhir.Tests.Snapshots;

/// <summary>
/// One snapshot per message of sample-messages/ and per ORU, ORM and ADT of the shared corpus: the
/// Bundle and the warnings. Each was read against the V2-to-FHIR IG tables before it was committed;
/// a change here is a change in what clinicians receive, so read the diff as code.
/// </summary>
public sealed class ConversionSnapshotTests
{
    private static readonly DateTimeOffset ConvertedAt = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (var path in SnapshotCases.All())
        {
            cases.Add(path);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Convert_Message_MatchesSnapshot(string caseName)
    {
        var converter = new V2ToFhirConverter(V2ToFhirOptions.Default, new FakeTimeProvider(ConvertedAt));
        var batch = Hl7Batch.Parse(File.ReadAllBytes(SnapshotCases.PathOf(caseName)));

        var results = batch.Messages.Select(message => converter.Convert(message)).ToList();

        var snapshot = new JArray(results.Select(result => new JObject
        {
            ["bundle"] = Parse(FhirJson.Serialize(result.Bundle)),
            ["warnings"] = new JArray(result.Outcome.Issue.Select(issue => $"{string.Join(",", issue.Location)}: {issue.Severity}: {issue.Diagnostics}")),
        }));
        Snapshot.Match(snapshot, SnapshotNameExtension.Create(caseName));
    }

    // Dates stay text and decimals keep their scale: parsed, a date would be rewritten in this
    // machine's zone and 0.70 would become 0.7, hiding exactly the bugs these snapshots are for.
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader);
    }
}
