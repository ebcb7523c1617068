using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>Annotations as NTE segments: one per note, its lines as repetitions of NTE-3.</summary>
internal static class NoteSegments
{
    public static void Write(WriteContext context, IEnumerable<Annotation> notes)
    {
        var setId = 0;
        foreach (var note in notes.Where(note => !string.IsNullOrEmpty(note.Text)))
        {
            var nte = context.Message.Add("NTE").Set(1, (++setId).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var lines = (note.Text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                nte.Set(3, i + 1, 1, 1, lines[i]);
            }
        }
    }
}
