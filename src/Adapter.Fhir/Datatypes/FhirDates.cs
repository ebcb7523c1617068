using System.Globalization;
using Adapter.Fhir.Conversion;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Adapter.Hl7v2.Validation;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Datatypes;

/// <summary>
/// DT, DTM and TS to FHIR date, dateTime and instant, keeping the precision sent (a year stays a
/// year). A time without an offset is read in the configured zone; FHIR wants seconds and a zone
/// once there is a time, so hours and minutes gain <c>:00</c>. An invalid value is dropped with a warning.
/// </summary>
internal static class FhirDates
{
    public static FhirDateTime? DateTime(ConversionContext context, Hl7Element element, Hl7Location location) =>
        Read(context, element, location) is { } value ? new FhirDateTime(Format(value, context.TimeZone)) : null;

    public static Date? Date(ConversionContext context, Hl7Element element, Hl7Location location) =>
        Read(context, element, location) is { } value ? new Date(FormatDate(value)) : null;

    /// <summary>An instant needs a whole time; a date alone is taken as midnight in the sender's zone.</summary>
    public static Instant? Instant(ConversionContext context, Hl7Element element, Hl7Location location) =>
        Read(context, element, location) is { } value ? new Instant(value.ToDateTimeOffset(context.TimeZone)) : null;

    public static Hl7DateTime? Read(ConversionContext context, Hl7Element element, Hl7Location location)
    {
        var text = element.FirstRepetition().Part(1);
        if (!text.HasValue)
        {
            return null;
        }

        if (Hl7DateTime.TryParse(text.Value, out var value))
        {
            return value;
        }

        context.Issues.Warn(location, "Not a valid HL7 date/time; the element was left out.");
        return null;
    }

    public static string Format(Hl7DateTime value, TimeZoneInfo zone)
    {
        if (value.Precision <= Hl7Precision.Day)
        {
            return FormatDate(value);
        }

        var instant = value.ToDateTimeOffset(zone);
        var pattern = value.Precision == Hl7Precision.FractionOfSecond ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz" : "yyyy-MM-dd'T'HH:mm:sszzz";
        return instant.ToString(pattern, CultureInfo.InvariantCulture);
    }

    public static string FormatDate(Hl7DateTime value) => value.Precision switch
    {
        Hl7Precision.Year => value.Value.ToString("yyyy", CultureInfo.InvariantCulture),
        Hl7Precision.Month => value.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
