using Adapter.Fhir.Conversion;
using Adapter.Fhir.Segments;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Messages;

internal sealed partial class SegmentWalker
{
    // The NTEs that follow a segment annotate what it became; null when that resource has no note in R4.
    private void Annotate(List<Annotation>? notes, string owner)
    {
        _notes = notes;
        _notesOwner = owner;
    }

    private void AddNote(SourceSegment nte)
    {
        if (NoteMapper.Map(context, nte) is not { } note)
        {
            return;
        }

        if (_notes is null)
        {
            context.Issues.Inform(nte.At(3), $"A note after {_notesOwner ?? "MSH"} has no place in FHIR R4 (the resource has no note); it stays in the journaled message.");
            return;
        }

        _notes.Add(note);
    }

    // An unmapped segment leaves the note target alone: PRT sits between an OBX and its NTEs.
    private void NotMapped(SourceSegment segment)
    {
        if (segment.Id is "EVN" or "SFT" or "DSC")
        {
            return;
        }

        context.Issues.Inform(new Hl7v2.Validation.Hl7Location(segment.Id, segment.Occurrence), "The segment is not mapped to FHIR; it stays in the journaled message.");
    }
}
