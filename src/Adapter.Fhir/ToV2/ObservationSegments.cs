using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>
/// Observations, text and documents of a report as OBX segments (each followed by its notes as
/// NTE): one OBX per Observation, repeated OBX-5 for components sharing its code, one OBX per line
/// of a text report, ED (base64) for a document in presentedForm and RP for one given by URL.
/// </summary>
internal sealed class ObservationSegments(WriteContext context)
{
    private int _setId;

    public void Write(Observation observation, string expression)
    {
        var values = observation.Value is { } single ? [single] : observation.Component.Select(component => component.Value).OfType<DataType>().ToList();
        var type = values.Select(ObservationValueWriter.TypeOf).Distinct().ToList();
        if (values.Count > 0 && (type.Count != 1 || type[0] is null))
        {
            context.Warn($"{expression}.value", "The value has a type HL7 v2 OBX-5 cannot carry, or its components differ in type; the OBX is sent without a value.");
            values.Clear();
        }

        var obx = Start(values.Count == 0 ? null : type[0]);
        for (var i = 0; i < values.Count; i++)
        {
            ObservationValueWriter.Write(obx, values[i], RepetitionFor(obx, i));
        }

        V2Datatypes.Cwe(new FieldWriter(obx, 3), observation.Code);
        WriteDetails(obx, observation);
        NoteSegments.Write(context, observation.Note);
    }

    public void WriteText(string text, CodeableConcept? code)
    {
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var obx = Start("TX").Set(4, "1").Set(5, line).Set(11, "F");
            if (code is not null)
            {
                V2Datatypes.Cwe(new FieldWriter(obx, 3), code);
            }
        }
    }

    public void WriteAttachment(Attachment attachment, CodeableConcept? code, string status)
    {
        var obx = Start(attachment.Data is null ? "RP" : "ED");
        if (attachment.Data is { } bytes)
        {
            var (type, subtype) = MimeParts(attachment.ContentType);
            new FieldWriter(obx, 5).Component(2, type).Component(3, subtype).Component(4, "Base64").Component(5, Convert.ToBase64String(bytes));
        }
        else
        {
            var (type, subtype) = MimeParts(attachment.ContentType);
            new FieldWriter(obx, 5).Component(1, attachment.Url).Component(3, type).Component(4, subtype);
        }

        if (code is not null)
        {
            V2Datatypes.Cwe(new FieldWriter(obx, 3), code);
        }
        else
        {
            obx.Set(3, 2, attachment.Title ?? "Report");
        }

        obx.Set(11, status);
    }

    private Hl7v2.Building.Hl7SegmentBuilder Start(string? type) =>
        context.Message.Add("OBX").Set(1, (++_setId).ToString(System.Globalization.CultureInfo.InvariantCulture)).Set(2, type);

    // A text value may have written several lines (repetitions) already.
    private static int RepetitionFor(Hl7v2.Building.Hl7SegmentBuilder obx, int index) =>
        index == 0 ? 1 : obx.GetRaw(5).Split('~').Length + 1;

    private void WriteDetails(Hl7v2.Building.Hl7SegmentBuilder obx, Observation observation)
    {
        if (observation.ReferenceRange.FirstOrDefault() is { } range)
        {
            obx.Set(7, range.Text ?? RangeText(range));
        }

        var flags = 0;
        foreach (var coding in observation.Interpretation.SelectMany(concept => concept.Coding).Where(coding => coding.Code is not null))
        {
            FieldWriter.Next(obx, 8, ref flags).Component(1, coding.Code);
        }

        obx.Set(11, ObservationStatuses.ToV2(observation.Status));
        obx.Set(14, V2Dates.FromFhir(observation.Effective switch { FhirDateTime dateTime => dateTime.Value, Period period => period.Start, _ => null }));
        if (observation.Method is { } method)
        {
            V2Datatypes.Cwe(new FieldWriter(obx, 17), method);
        }

        var performers = 0;
        foreach (var performer in observation.Performer)
        {
            if (context.Resolver.Resolve<Practitioner>(performer) is { } practitioner)
            {
                context.Datatypes.Xcn(FieldWriter.Next(obx, 16, ref performers), practitioner);
            }
            else if (context.Resolver.Resolve<Organization>(performer) is { } organization)
            {
                obx.Set(23, 1, organization.Name);
            }
        }

        if (observation.BodySite is { } site)
        {
            V2Datatypes.Cwe(new FieldWriter(obx, 20), site);
        }

        if (observation.Identifier.FirstOrDefault() is { } identifier)
        {
            context.Datatypes.Ei(new FieldWriter(obx, 21), identifier);
        }
    }

    private static string? RangeText(Observation.ReferenceRangeComponent range) => (range.Low?.Value, range.High?.Value) switch
    {
        ({ } low, { } high) => $"{low.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{high.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
        (null, { } high) => "<" + high.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ({ } low, null) => ">" + low.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    // application/pdf → (AP, PDF): table 0191 type and the subtype, as receivers expect in ED-2/ED-3.
    private static (string Type, string? Subtype) MimeParts(string? contentType)
    {
        if (contentType is null)
        {
            return ("AP", null);
        }

        var slash = contentType.IndexOf('/', StringComparison.Ordinal);
        var major = slash < 0 ? contentType : contentType[..slash];
        var subtype = slash < 0 ? null : contentType[(slash + 1)..].ToUpperInvariant();
        var type = major.ToLowerInvariant() switch { "image" => "IM", "text" => "TEXT", "audio" => "AU", _ => "AP" };
        return (type, subtype);
    }
}
