using Adapter.Fhir.Conversion;
using Adapter.Fhir.Segments;
using Adapter.Hl7v2.Parsing;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Messages;

/// <summary>
/// Walks the segments in order, keeping what each belongs to: the patient, the visit, the current
/// order (ORC, then its OBR), the current specimen and the resource an NTE annotates. Walking
/// rather than matching the strict structure keeps real messages whole: OBX after SPM, NTE after
/// PID, several OBRs each under its own ORC, OBX without OBR.
/// </summary>
internal sealed partial class SegmentWalker(ConversionContext context, MessageKind kind)
{
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);
    private readonly List<ResourceReference> _focus = [];
    private Patient? _patient;
    private ResourceReference? _patientReference;
    private Encounter? _encounter;
    private ResourceReference? _encounterReference;
    private OrderGroup? _order;
    private List<Annotation>? _notes;
    private string? _notesOwner;

    /// <summary>The resources the message is about, for MessageHeader.focus.</summary>
    public IReadOnlyList<ResourceReference> Focus => _focus;

    public void Walk(Hl7Message message)
    {
        for (var index = 1; index < message.SegmentCount; index++)
        {
            var segment = message[index];
            var id = segment.Id;
            _occurrences[id] = _occurrences.GetValueOrDefault(id) + 1;
            Visit(new SourceSegment(segment, _occurrences[id]));
        }

        CloseOrder();
        if (kind == MessageKind.Administrative && _patientReference is not null)
        {
            AddFocus(_patientReference);
        }
    }

    private void Visit(SourceSegment segment)
    {
        switch (segment.Id)
        {
            case "PID":
                (_patient, _patientReference) = PatientMapper.Map(context, segment);
                Annotate(null, "PID");
                break;
            case "PD1" when _patient is not null:
                PatientMapper.MapPd1(context, segment, _patient);
                break;
            case "PV1":
                (_encounter, _encounterReference) = EncounterMapper.Map(context, segment, _patientReference);
                Annotate(null, "PV1");
                break;
            case "PV2" when _encounter is not null:
                EncounterMapper.MapPv2(segment, _encounter);
                break;
            case "ORC":
                CloseOrder();
                _order = NewOrder(segment);
                Annotate(null, "ORC");
                break;
            case "OBR":
                StartObr(segment);
                break;
            case "ZDS" when _order?.Request is not null:
                ServiceRequestMapper.MapZds(segment, _order.Request);
                break;
            case "TQ1" when _order?.Request is not null:
                ServiceRequestMapper.MapTq1(context, segment, _order.Request);
                break;
            case "TQ1" when _order is not null:
                _order.PendingTiming = segment;
                break;
            case "OBX":
                // An order's OBX (ask-at-order-entry answers) need its ServiceRequest; a result's OBX
                // before the OBR (an ORDER_DOCUMENT) do not make one.
                if (kind == MessageKind.Orders)
                {
                    EnsureOrderRequest();
                }

                var observation = ObservationMapper.Map(context, segment, _order, _patientReference, _encounterReference);
                Annotate(observation?.Note, "OBX");
                break;
            case "SPM":
                StartSpecimen(segment);
                break;
            case "NTE":
                AddNote(segment);
                break;
            default:
                NotMapped(segment);
                break;
        }
    }
}
