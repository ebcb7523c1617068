using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Messages;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>ORC and OBR to one ServiceRequest, after the IG's ORC[ServiceRequest], OBR[ServiceRequest] and TQ1[ServiceRequest].</summary>
internal static class ServiceRequestMapper
{
    public const string StudyInstanceUidSystem = "urn:dicom:uid";
    private const string SupportingInfo = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ServiceRequest.supportingInfo";

    public static void Map(ConversionContext context, OrderGroup order, ResourceReference? patient, ResourceReference? encounter)
    {
        var orc = order.Orc;
        var obr = order.Obr;
        var request = new ServiceRequest
        {
            Intent = obr?.Field(11).Text() is "G" ? RequestIntent.ReflexOrder : RequestIntent.Order,
            Status = Status(context, orc),
            Subject = Subjects.OrUnknown(patient),
            Encounter = encounter,
            Code = obr is { } o ? CodedValues.Concept(o.Field(4)) : null,
            // ORC-9 is when the order was placed only in a new order (NW); in a result it is the result's transaction time.
            AuthoredOnElement = orc is { } c && c.Field(1).Text() == "NW" ? FhirDates.DateTime(context, c.Field(9), c.At(9)) : null,
        };
        OrderIdentifiers.Apply(context, orc, obr, request.Identifier);
        if (orc is { } withRequisition && Identifiers.FromEi(context, withRequisition.Field(4), "PGN") is { } requisition)
        {
            request.Requisition = requisition;
        }

        request.Requester = Requester(context, orc, obr);
        if (orc is { } withTiming)
        {
            MapQuantityTiming(context, withTiming, 7, request);
        }

        if (obr is { } detail)
        {
            MapObrDetail(context, detail, request);
        }

        if (order.PendingTiming is { } timing)
        {
            MapTq1(context, timing, request);
        }

        var identifier = OrderIdentifiers.Preferred(request.Identifier, Identifiers.PlacerType);
        var key = identifier is null ? $"ServiceRequest|{order.Scope}" : $"ServiceRequest|{identifier.System}|{identifier.Value}";

        // An order message sets the order's status (a cancel must reach the server); a result only refers to it.
        var mode = context.Kind == MessageKind.Orders ? EntryMode.Current : EntryMode.CreateOnce;
        var (stored, reference, added) = context.Bundle.AddOrFind(request, key, identifier, mode);
        if (!added && (obr ?? orc) is { } segment)
        {
            context.Issues.Inform(segment.At(2), "Describes the same order as an earlier segment (same order number): one ServiceRequest, with the first one's details.");
        }

        order.Request = stored;
        order.RequestReference = reference;
    }

    /// <summary>ZDS-1, the DICOM Study Instance UID radiology systems send, as an identifier.</summary>
    public static void MapZds(SourceSegment zds, ServiceRequest request)
    {
        if (zds.Field(1).FirstRepetition().Part(1).Text() is { } uid)
        {
            request.Identifier.Add(new Identifier(StudyInstanceUidSystem, "urn:oid:" + uid) { Type = new CodeableConcept("http://dicom.nema.org/resources/ontology/DCM", "110180", "Study Instance UID") });
        }
    }

    /// <summary>TQ1: requested start and end, and priority.</summary>
    public static void MapTq1(ConversionContext context, SourceSegment tq1, ServiceRequest request)
    {
        var start = FhirDates.DateTime(context, tq1.Field(7), tq1.At(7));
        var end = FhirDates.DateTime(context, tq1.Field(8), tq1.At(8));
        request.Occurrence = Occurrence(start, end, tq1.Field(3).FirstRepetition().Part(1).Text()) ?? request.Occurrence;
        request.Priority = Priority(context, tq1, 9) ?? request.Priority;
        if (tq1.Field(11).Text() is { } text)
        {
            request.Note.Add(new Annotation { Text = text });
        }
    }

    // TQ (ORC-7, then OBR-27, then OBR-6 if still unset): start (4), end (5) and priority (6); the
    // repeat pattern stays in the original. A TQ1 segment, the newer form, overrides them.
    private static void MapQuantityTiming(ConversionContext context, SourceSegment segment, int field, ServiceRequest request)
    {
        var tq = segment.Field(field).FirstRepetition();
        var start = FhirDates.DateTime(context, tq.Part(4), segment.At(field, component: 4));
        var end = FhirDates.DateTime(context, tq.Part(5), segment.At(field, component: 5));
        request.Occurrence ??= Occurrence(start, end, tq.Part(2).Part(1).Text());
        request.Priority ??= Priority(context, segment, field, component: 6);
        if (tq.TextOf(8) is { } text)
        {
            request.Note.Add(new Annotation { Text = text });
        }
    }

    // A repeating order ("BID", "Q8H") is a Timing bounded by the period; a single one a time or period.
    private static DataType? Occurrence(FhirDateTime? start, FhirDateTime? end, string? repeatPattern)
    {
        if (repeatPattern is not null && !repeatPattern.Equals("Once", StringComparison.OrdinalIgnoreCase))
        {
            var bounds = start is null && end is null ? null : new Period { StartElement = start, EndElement = end };
            return new Timing { Code = new CodeableConcept { Text = repeatPattern }, Repeat = bounds is null ? null : new Timing.RepeatComponent { Bounds = bounds } };
        }

        if (start is null && end is null)
        {
            return null;
        }

        return end is null ? start : new Period { StartElement = start, EndElement = end };
    }

    private static RequestStatus Status(ConversionContext context, SourceSegment? orc)
    {
        if (orc is not { } segment)
        {
            return RequestStatus.Unknown;
        }

        var status = segment.Field(5).Text() is { } orderStatus
            ? OrderStatuses.FromOrderStatus(orderStatus)
            : OrderStatuses.FromOrderControl(segment.Field(1).Text());
        if (status is null && (segment.Field(5).HasValue || segment.Field(1).HasValue))
        {
            context.Issues.Warn(segment.At(segment.Field(5).HasValue ? 5 : 1), "The order status has no FHIR equivalent; status is unknown.");
        }

        return status ?? RequestStatus.Unknown;
    }

    // ORC-12 (with ORC-21 as a PractitionerRole), else OBR-16.
    private static ResourceReference? Requester(ConversionContext context, SourceSegment? orc, SourceSegment? obr)
    {
        var practitioner = orc is { } c ? Practitioners.Add(context, c.Field(12)) : null;
        practitioner ??= obr is { } o ? Practitioners.Add(context, o.Field(16)) : null;
        var organization = orc is { } withFacility ? Organizations.FromXon(context, withFacility.Field(21)) : null;
        return Practitioners.AddRole(context, practitioner, organization);
    }

    private static void MapObrDetail(ConversionContext context, SourceSegment obr, ServiceRequest request)
    {
        request.Priority ??= Priority(context, obr, 5);

        // Radiology systems put the accession number in OBR-18 (placer field 1); elsewhere it is free for local use.
        if (IsImaging(obr) && Identifiers.FromEi(context, obr.Field(18), "ACSN") is { } accession)
        {
            request.Identifier.Add(accession);
        }

        request.ReasonCode.AddRange(CodedValues.Concepts(obr.Field(31)));
        MapQuantityTiming(context, obr, 27, request);
        if (FhirDates.DateTime(context, obr.Field(6), obr.At(6)) is { } requested)
        {
            request.Occurrence ??= requested;
        }
        if (obr.Field(13).Text() is { } clinicalInformation && !string.IsNullOrWhiteSpace(clinicalInformation))
        {
            request.Extension.Add(new Extension(SupportingInfo, new CodeableConcept { Text = clinicalInformation }));
        }
    }

    // Table 0074 sections of imaging, or a radiology placer field beside an imaging procedure.
    private static bool IsImaging(SourceSegment obr) => obr.Field(24).Text()?.ToUpperInvariant() is
        "RAD" or "CT" or "MR" or "NMR" or "NMS" or "US" or "RUS" or "OUS" or "VUS" or "CUS" or "XRC" or "RX";

    private static RequestPriority? Priority(ConversionContext context, SourceSegment segment, int field, int component = 1)
    {
        if (segment.Field(field).FirstRepetition().Part(component).Text() is not { } code)
        {
            return null;
        }

        var priority = Priorities.From(code);
        if (priority is null)
        {
            context.Issues.Warn(segment.At(field, component: component == 1 ? null : component), "The priority has no FHIR equivalent (only S, A and R map); left out.");
        }

        return priority;
    }
}
