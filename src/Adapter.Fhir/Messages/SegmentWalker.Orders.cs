using Adapter.Fhir.Conversion;
using Adapter.Fhir.Segments;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Messages;

internal sealed partial class SegmentWalker
{
    private OrderGroup NewOrder(SourceSegment? orc) => new(orc)
    {
        Scope = $"{context.MessageKey}|order{_occurrences.GetValueOrDefault("ORC")}.{_occurrences.GetValueOrDefault("OBR")}",
    };

    // An OBR opens a new order unless it is the first OBR after its ORC.
    private void StartObr(SourceSegment obr)
    {
        if (_order is null || _order.Obr is not null)
        {
            CloseOrder();
            _order = NewOrder(null);
        }

        _order.Obr = obr;
        _order.Scope = $"{context.MessageKey}|OBR[{obr.Occurrence}]";
        ServiceRequestMapper.Map(context, _order, _patientReference, _encounterReference);
        if (kind == MessageKind.Results)
        {
            DiagnosticReportMapper.Map(context, _order, _patientReference, _encounterReference);
            AddFocus(_order.ReportReference!);
        }
        else
        {
            AddFocus(_order.RequestReference!);
        }

        _order.Specimen = SpecimenMapper.FromObr(context, obr, _patientReference, _order.Scope);
        LinkSpecimen(_order.Specimen);
        Annotate(_order.Request!.Note, "OBR");
    }

    private void StartSpecimen(SourceSegment spm)
    {
        var scope = _order?.Scope ?? context.MessageKey;
        var specimen = SpecimenMapper.FromSpm(context, spm, _patientReference, scope);
        if (_order is null)
        {
            _order = NewOrder(null);
        }

        _order.Specimen = specimen;
        _order.InSpecimenGroup = true;
        LinkSpecimen(specimen);
        Annotate(null, "SPM");
    }

    private void LinkSpecimen(ResourceReference? specimen)
    {
        if (specimen is null)
        {
            return;
        }

        _order?.Report?.Specimen.Add(specimen);
        _order?.Request?.Specimen.Add(specimen);
    }

    private void CloseOrder()
    {
        EnsureOrderRequest();
        _order = null;
    }

    // An ORC without OBR (a pharmacy order, a cancellation by ORC alone) still becomes a
    // ServiceRequest, made before its OBX so they can point to it.
    private void EnsureOrderRequest()
    {
        if (_order is { Orc: not null, Obr: null, Request: null } orderOnly)
        {
            ServiceRequestMapper.Map(context, orderOnly, _patientReference, _encounterReference);
            AddFocus(orderOnly.RequestReference!);
        }
    }

    private void AddFocus(ResourceReference reference)
    {
        if (!_focus.Any(focus => focus.Reference == reference.Reference))
        {
            _focus.Add(reference);
        }
    }
}
