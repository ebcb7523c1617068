using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
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
            AuthoredOnElement = orc is { } c ? FhirDates.DateTime(context, c.Field(9), c.At(9)) : null,
        };
        OrderIdentifiers.Apply(context, orc, obr, request.Identifier);
        if (orc is { } withRequisition && Identifiers.FromEi(context, withRequisition.Field(4), "PGN") is { } requisition)
        {
            request.Requisition = requisition;
        }

        request.Requester = Requester(context, orc, obr);
        if (obr is { } detail)
        {
            MapObrDetail(context, detail, request);
        }

        var identifier = OrderIdentifiers.Preferred(request.Identifier, Identifiers.PlacerType);
        var key = identifier is null ? $"ServiceRequest|{order.Scope}" : $"ServiceRequest|{identifier.System}|{identifier.Value}";
        order.Request = request;
        order.RequestReference = context.Bundle.Add(request, key, identifier);
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
        if (start is not null || end is not null)
        {
            request.Occurrence = end is null ? start : new Period { StartElement = start, EndElement = end };
        }

        request.Priority = Priority(context, tq1, 9) ?? request.Priority;
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
        request.Priority = Priority(context, obr, 5);

        // Radiology systems put the accession number in OBR-18 (placer field 1).
        if (Identifiers.FromEi(context, obr.Field(18), "ACSN") is { } accession)
        {
            request.Identifier.Add(accession);
        }

        request.ReasonCode.AddRange(CodedValues.Concepts(obr.Field(31)));
        if (FhirDates.DateTime(context, obr.Field(6), obr.At(6)) is { } requested)
        {
            request.Occurrence = requested;
        }

        var quantityTiming = obr.Field(27).FirstRepetition();
        if (FhirDates.DateTime(context, quantityTiming.Part(4), obr.At(27, component: 4)) is { } start)
        {
            request.Occurrence = start;
        }

        request.Priority = Priority(context, obr, 27, component: 6) ?? request.Priority;
        if (obr.Field(13).Text() is { } clinicalInformation)
        {
            request.Extension.Add(new Extension(SupportingInfo, new CodeableConcept { Text = clinicalInformation }));
        }
    }

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
