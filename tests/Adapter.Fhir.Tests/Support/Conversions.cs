using Adapter.Fhir.Conversion;
using Adapter.Hl7v2.Parsing;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Fhir.Tests.Support;

/// <summary>Runs the converter on a fixed clock, so only the message decides the output.</summary>
internal static class Conversions
{
    public static readonly DateTimeOffset ConvertedAt = new(2026, 11, 23, 10, 15, 0, TimeSpan.Zero);

    public static TimeZoneInfo Amsterdam { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static ConversionResult Convert(Hl7Message message, V2ToFhirOptions? options = null) =>
        new V2ToFhirConverter(options ?? V2ToFhirOptions.Default, new FakeTimeProvider(ConvertedAt)).Convert(message);

    /// <summary>An ORU with a patient and one result order, followed by the given segments.</summary>
    public static ConversionResult Result(params string[] segments) => Convert(TestMessages.Result(segments));

    public static ConversionResult Segments(params string[] segments) => Convert(TestMessages.Parse(segments));
}
