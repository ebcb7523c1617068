using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>
/// ServiceRequest (and, for results, its DiagnosticReport) to ORC, OBR and TQ1: order control and
/// status, placer and filler numbers, procedure code, priority and requested time, reason,
/// clinical information, ordering provider, accession number and study instance UID.
/// </summary>
internal static class OrderSegments
{
    private const string SupportingInfo = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ServiceRequest.supportingInfo";

    public static void WriteOrc(WriteContext context, ServiceRequest? request, List<Identifier> identifiers, string? control)
    {
        var (defaultControl, status) = OrderStatuses.ToV2(request?.Status);
        var orc = context.Message.Add("ORC").Set(1, control ?? defaultControl);
        WriteNumbers(context, orc, identifiers, placerField: 2, fillerField: 3);
        if (request?.Requisition is { } requisition)
        {
            context.Datatypes.Ei(new FieldWriter(orc, 4), requisition);
        }

        // A new order (NW) has no status yet; a result's order (RE) states where the order stands.
        orc.Set(5, (control ?? defaultControl) == "NW" ? null : status);
        orc.Set(9, V2Dates.FromFhir(request?.AuthoredOn));
        if (Requester(context, request) is { } practitioner)
        {
            context.Datatypes.Xcn(new FieldWriter(orc, 12), practitioner);
        }

        if (context.Resolver.Resolve<PractitionerRole>(request?.Requester) is { } role && context.Resolver.Resolve<Organization>(role.Organization) is { } organization)
        {
            orc.Set(21, 1, organization.Name);
        }
    }

    public static Hl7v2.Building.Hl7SegmentBuilder WriteObr(WriteContext context, ServiceRequest? request, List<Identifier> identifiers, CodeableConcept? code, int setId)
    {
        var obr = context.Message.Add("OBR").Set(1, setId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WriteNumbers(context, obr, identifiers, placerField: 2, fillerField: 3);
        if (code is not null)
        {
            V2Datatypes.Cwe(new FieldWriter(obr, 4), code);
        }

        if (request is null)
        {
            return obr;
        }

        if (request.GetExtensionValue<CodeableConcept>(SupportingInfo)?.Text is { } clinical)
        {
            obr.Set(13, clinical);
        }

        if (Requester(context, request) is { } practitioner)
        {
            context.Datatypes.Xcn(new FieldWriter(obr, 16), practitioner);
        }

        obr.Set(18, request.Identifier.FirstOrDefault(IsAccession)?.Value);
        var (start, _) = Requested(request);
        obr.Set(27, 4, V2Dates.FromFhir(start)).Set(27, 6, Priorities.ToV2(request.Priority));
        var reasons = 0;
        foreach (var reason in request.ReasonCode)
        {
            V2Datatypes.Cwe(FieldWriter.Next(obr, 31, ref reasons), reason);
        }

        return obr;
    }

    /// <summary>TQ1 with the requested start and end and the priority, for receivers that read TQ1 rather than OBR-27.</summary>
    public static void WriteTq1(WriteContext context, ServiceRequest request)
    {
        var (start, end) = Requested(request);
        var priority = Priorities.ToV2(request.Priority);
        if (start is null && priority is null)
        {
            return;
        }

        context.Message.Add("TQ1").Set(1, "1").Set(7, V2Dates.FromFhir(start)).Set(8, V2Dates.FromFhir(end)).Set(9, priority);
    }

    /// <summary>The DICOM Study Instance UID, as the ZDS segment radiology receivers read.</summary>
    public static void WriteStudyUid(WriteContext context, ServiceRequest request)
    {
        if (request.Identifier.FirstOrDefault(id => id.System == Segments.ServiceRequestMapper.StudyInstanceUidSystem)?.Value is { } uid)
        {
            context.Message.Add("ZDS").SetComponents(1, uid.StartsWith("urn:oid:", StringComparison.Ordinal) ? uid[8..] : uid, context.Message.Header.GetRaw(3), "Application", "DICOM");
        }
    }

    private static (string? Start, string? End) Requested(ServiceRequest request) => request.Occurrence switch
    {
        FhirDateTime at => (at.Value, null),
        Period period => (period.Start, period.End),
        Timing { Repeat.Bounds: Period bounds } => (bounds.Start, bounds.End),
        _ => (null, null),
    };

    private static void WriteNumbers(WriteContext context, Hl7v2.Building.Hl7SegmentBuilder segment, List<Identifier> identifiers, int placerField, int fillerField)
    {
        if (Typed(identifiers, Identifiers.PlacerType) is { } placer)
        {
            context.Datatypes.Ei(new FieldWriter(segment, placerField), placer);
        }

        if (Typed(identifiers, Identifiers.FillerType) is { } filler)
        {
            context.Datatypes.Ei(new FieldWriter(segment, fillerField), filler);
        }
    }

    private static Identifier? Typed(List<Identifier> identifiers, string type) =>
        identifiers.FirstOrDefault(id => id.Type?.Coding.Any(coding => coding.Code == type) == true && id.Value is not null);

    private static bool IsAccession(Identifier identifier) => identifier.Type?.Coding.Any(coding => coding.Code == "ACSN") == true;

    private static Practitioner? Requester(WriteContext context, ServiceRequest? request)
    {
        if (request?.Requester is not { } requester)
        {
            return null;
        }

        return context.Resolver.Resolve<Practitioner>(requester)
            ?? context.Resolver.Resolve<Practitioner>(context.Resolver.Resolve<PractitionerRole>(requester)?.Practitioner);
    }
}
