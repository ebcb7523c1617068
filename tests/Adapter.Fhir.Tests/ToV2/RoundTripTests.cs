using Adapter.Fhir.Conversion;
using Adapter.Fhir.Tests.Snapshots;
using Adapter.Fhir.ToV2;
using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Fhir.Tests.ToV2;

/// <summary>
/// ORU → FHIR → ORU keeps what a clinician and the EMR match on: patient identifiers, names,
/// birth date, placer and filler numbers, and for every OBX its code, value, units, range,
/// flags, status and time.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> ResultMessages() =>
    [
        "sample-oru-r01-lab-panel",
        "corpus-ms_LAB-ORU-1",
        "corpus-ms_LRI_2.0-NG_CBC_Typ_Message",
        "corpus-lfh_inline_ORU_ORC_OBR_OBXx3",
        "corpus-lfh_inline_ORU_OBRx2_dblbackslash",
        "corpus-ms_ORU-R01-RMGEAD",
    ];

    [Theory]
    [MemberData(nameof(ResultMessages))]
    public void ToOru_OfConvertedResult_KeepsPatientOrdersAndObservations(string caseName)
    {
        var original = Hl7Message.Parse(File.ReadAllBytes(SnapshotCases.PathOf(caseName)));

        var returned = RoundTrip(original);

        AssertPatientKept(original, returned);
        Assert.Equal(Values(original, "OBR", 2), Values(returned, "OBR", 2));
        Assert.Equal(Values(original, "OBR", 3), Values(returned, "OBR", 3));
        var sent = Observations(original);
        var back = Observations(returned);
        Assert.Equal(sent.Count, back.Count);
        for (var i = 0; i < sent.Count; i++)
        {
            Assert.Equal(sent[i], back[i]);
        }
    }

    [Fact]
    public void ToOru_OfNumberWithLeadingZero_KeepsTheNumber()
    {
        var original = Hl7Message.Parse(
            "MSH|^~\\&|LAB|HOSP|||20261120083000||ORU^R01|1|P|2.5.1\rPID|1||42^^^HOSP^MR||DOE^JANE\rOBR|1|P1|F1|GLU^Glucose^L|||20261120083000|||||||||||||||||F\rOBX|1|NM|GLU^Glucose^L||065.88|mg/dL^mg/dL^UCUM|70-99|L|||F");

        var returned = RoundTrip(original);

        var obx = Segment(returned, "OBX", 1);
        Assert.Equal("NM", obx.Field(2).Value);
        Assert.Equal(65.88m, Hl7Number.Read(obx.Field(5)).Value);
        Assert.Equal("mg/dL", obx.Field(6).Component(1).Value);
        Assert.Equal("UCUM", obx.Field(6).Component(3).Value);
    }

    private static Hl7Message RoundTrip(Hl7Message original)
    {
        var bundle = new V2ToFhirConverter(V2ToFhirOptions.Default, Time).Convert(original).Bundle;
        var result = new FhirToV2Converter(FhirToV2Options.Default, Time, new RandomControlIdGenerator()).Convert(bundle);
        Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Issue.Select(issue => issue.Diagnostics)));
        return Hl7Message.Parse(result.Message!.ToString());
    }

    private static void AssertPatientKept(Hl7Message original, Hl7Message returned)
    {
        var sent = Segment(original, "PID", 1);
        var back = Segment(returned, "PID", 1);
        var backIds = PartsOf(back.Field(3)).ToList();
        Assert.All(PartsOf(sent.Field(3)), id => Assert.Contains(backIds, candidate => SameIdentifier(id, candidate)));
        Assert.Equal(sent.Field(5).Component(1).Value, back.Field(5).Component(1).Value);
        Assert.Equal(sent.Field(5).Component(2).Value, back.Field(5).Component(2).Value);
        Assert.Equal(Instant(sent.Field(7)), Instant(back.Field(7)));
    }

    // CX-1 and CX-5, and the authority when one was sent; one sent without goes out as the sending facility's.
    private static bool SameIdentifier(Hl7Element sent, Hl7Element back) =>
        sent.Component(1).Value == back.Component(1).Value
        && sent.Component(5).Value == back.Component(5).Value
        && (sent.Component(4).IsEmpty
            || (sent.Component(4).Subcomponent(1).Value == back.Component(4).Subcomponent(1).Value
                && sent.Component(4).Subcomponent(2).Value == back.Component(4).Subcomponent(2).Value));

    private static List<string> Values(Hl7Message message, string segmentId, int field) =>
        Segments(message, segmentId).Select(segment => segment.Field(field).Component(1).Value).ToList();

    // An OBX without OBX-14 was taken at its order's OBR-7, on both sides.
    private static List<string> Observations(Hl7Message message)
    {
        var observations = new List<string>();
        var orderTime = string.Empty;
        for (var index = 0; index < message.SegmentCount; index++)
        {
            var segment = message[index];
            if (segment.Id == "OBR")
            {
                orderTime = Instant(segment.Field(7));
            }

            if (segment.Id != "OBX" || segment.Field(2).Value is "ED" or "RP")
            {
                continue;
            }

            var time = Instant(segment.Field(14));
            observations.Add(string.Join(
                " | ",
                segment.Field(3).Component(1).Value,
                Value(segment),
                segment.Field(6).Component(1).Value,
                segment.Field(7).Value,
                string.Join("~", PartsOf(segment.Field(8)).Select(flag => flag.Component(1).Value)),
                segment.Field(11).Value,
                time.Length == 0 ? orderTime : time));
        }

        return observations;
    }

    // Numbers compare as numbers (065.88 is 65.88; SN ^182 is NM 182); everything else as the decoded text.
    private static string Value(Hl7Segment obx) => obx.Field(2).Value switch
    {
        "NM" => string.Join("~", PartsOf(obx.Field(5)).Select(part => Number(null, Hl7Number.Read(part).Value, null, null) ?? part.Value)),
        "SN" => string.Join("~", PartsOf(obx.Field(5)).Select(part => StructuredNumeric.TryRead(part, out var sn) && sn is not null ? Number(sn.Comparator, sn.Number1, sn.Separator, sn.Number2) : part.Value)),
        "CWE" or "CE" => string.Join("~", PartsOf(obx.Field(5)).Select(part => part.Component(1).Value)),
        _ => string.Join("~", PartsOf(obx.Field(5)).Select(part => part.Value)),
    };

    private static string? Number(string? comparator, decimal? first, string? separator, decimal? second) =>
        first is null && second is null ? null : $"{comparator}{first?.ToString(System.Globalization.CultureInfo.InvariantCulture)}{separator}{second?.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Instant(Hl7Element element) =>
        Hl7DateTime.TryRead(element, out var value) ? value.ToDateTimeOffset(TimeZoneInfo.Utc).ToString("O") + value.Precision : string.Empty;

    private static List<Hl7Element> PartsOf(Hl7Element field)
    {
        var parts = new List<Hl7Element>();
        foreach (var part in field.Parts())
        {
            parts.Add(part);
        }

        return parts;
    }

    private static IEnumerable<Hl7Segment> Segments(Hl7Message message, string id) =>
        Enumerable.Range(0, message.SegmentCount).Select(index => message[index]).Where(segment => segment.Id == id);

    private static Hl7Segment Segment(Hl7Message message, string id, int occurrence) => Segments(message, id).ElementAt(occurrence - 1);
}
