using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>NTE to Annotation: the comment lines (NTE-3, repeats joined by line breaks), author (NTE-5) and time (NTE-6).</summary>
internal static class NoteMapper
{
    public static Annotation? Map(ConversionContext context, SourceSegment nte)
    {
        var lines = new List<string>();
        foreach (var line in nte.Field(3).Parts())
        {
            lines.Add(line.Text() ?? string.Empty);
        }

        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        return new Annotation
        {
            Text = string.Join('\n', lines),
            Author = Practitioners.Add(context, nte.Field(5)),
            TimeElement = FhirDates.DateTime(context, nte.Field(6), nte.At(6)),
        };
    }
}
