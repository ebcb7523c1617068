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
        if (_notes is null)
        {
            if (nte.Field(3).HasValue)
            {
                context.Issues.Inform(nte.At(3), $"A note after {_notesOwner ?? "MSH"} has no place in FHIR R4 (the resource has no note); it stays in the journaled message.");
            }

            return;
        }

        if (NoteMapper.Map(context, nte) is { } note)
        {
            _notes.Add(note);
        }
    }

    // An unmapped segment leaves the note target alone (PRT sits between an OBX and its NTEs),
    // except an order detail (RXO, ODS, ...): its notes are the order's.
    private void NotMapped(SourceSegment segment)
    {
        context.Issues.Inform(new Hl7v2.Validation.Hl7Location(segment.Id, segment.Occurrence), "The segment is not mapped to FHIR; it stays in the journaled message.");
        if (segment.Id is "RXO" or "RQD" or "RQ1" or "ODS" or "ODT")
        {
            EnsureOrderRequest();
            Annotate(_order?.Request?.Note, segment.Id);
        }
    }
}
