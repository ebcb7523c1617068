using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Building;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.ToV2;

/// <summary>
/// Builds HL7 v2.5.1 from FHIR: DiagnosticReports (with their Observations, Patient and
/// ServiceRequest) become ORU^R01, ServiceRequests become ORM^O01. References resolve inside the
/// Bundle, in contained resources, or through the caller's lookup. A missing required part is an
/// error issue naming the FHIR element, never an exception.
/// </summary>
public sealed class FhirToV2Converter(FhirToV2Options options, TimeProvider timeProvider, IControlIdGenerator controlIds)
{
    public FhirToV2Converter()
        : this(FhirToV2Options.Default, TimeProvider.System, new RandomControlIdGenerator())
    {
    }

    /// <summary>ORU^R01 when the Bundle holds DiagnosticReports, else ORM^O01 for its ServiceRequests.</summary>
    public FhirToV2Result Convert(Bundle bundle, Func<string, Resource?>? lookup = null)
    {
        var resolver = new ResourceResolver(bundle, lookup);
        var reports = resolver.All<DiagnosticReport>().ToList();
        if (reports.Count > 0)
        {
            return ToOru(reports, resolver);
        }

        var requests = resolver.All<ServiceRequest>().ToList();
        if (requests.Count > 0)
        {
            return ToOrm(requests, resolver);
        }

        var context = NewContext("ACK", resolver);
        context.Error("Bundle.entry", "The Bundle holds no DiagnosticReport or ServiceRequest to send as HL7 v2.");
        return new FhirToV2Result(null, context.Outcome());
    }

    public FhirToV2Result ToOru(IReadOnlyList<DiagnosticReport> reports, ResourceResolver resolver)
    {
        var context = NewContext("ORU^R01^ORU_R01", resolver);
        var first = reports[0];
        if (!WritePatient(context, first.Subject, "DiagnosticReport.subject", first.Encounter))
        {
            return new FhirToV2Result(null, context.Outcome());
        }

        var observations = new ObservationSegments(context);
        for (var i = 0; i < reports.Count; i++)
        {
            WriteReport(context, reports[i], i + 1, observations);
        }

        return Finish(context);
    }

    public FhirToV2Result ToOrm(IReadOnlyList<ServiceRequest> requests, ResourceResolver resolver)
    {
        var context = NewContext("ORM^O01^ORM_O01", resolver);
        var first = requests[0];
        if (!WritePatient(context, first.Subject, "ServiceRequest.subject", first.Encounter))
        {
            return new FhirToV2Result(null, context.Outcome());
        }

        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            OrderSegments.WriteOrc(context, request, request.Identifier, control: null);
            OrderSegments.WriteObr(context, request, request.Identifier, request.Code, i + 1);
            NoteSegments.Write(context, request.Note);
            OrderSegments.WriteTq1(context, request);
            OrderSegments.WriteStudyUid(context, request);
        }

        return Finish(context);
    }

    private void WriteReport(WriteContext context, DiagnosticReport report, int setId, ObservationSegments observations)
    {
        var request = report.BasedOn.Select(reference => context.Resolver.Resolve<ServiceRequest>(reference, report)).FirstOrDefault(found => found is not null);
        var identifiers = report.Identifier.Concat(request?.Identifier ?? []).ToList();
        OrderSegments.WriteOrc(context, request, identifiers, control: "RE");
        var obr = OrderSegments.WriteObr(context, request, identifiers, report.Code, setId);
        var effective = report.Effective switch { FhirDateTime at => (at.Value, (string?)null), Period period => (period.Start, period.End), _ => (null, null) };
        obr.Set(7, V2Dates.FromFhir(effective.Item1)).Set(8, V2Dates.FromFhir(effective.Item2));
        obr.Set(22, report.Issued is { } issued ? V2Dates.FromInstant(issued) : null);
        obr.Set(24, report.Category.SelectMany(category => category.Coding).FirstOrDefault(coding => coding.System == Vocabulary.CodingSystems.V2("0074"))?.Code);
        obr.Set(25, Vocabulary.ResultStatuses.ToV2(report.Status));
        if (report.ResultsInterpreter.Select(reference => context.Resolver.Resolve<Practitioner>(reference)).FirstOrDefault(found => found is not null) is { } interpreter)
        {
            WriteInterpreter(obr, interpreter);
        }

        NoteSegments.Write(context, request?.Note ?? []);
        for (var i = 0; i < report.Result.Count; i++)
        {
            if (context.Resolver.Resolve<Observation>(report.Result[i], report) is { } observation)
            {
                observations.Write(observation, $"DiagnosticReport.result[{i}]");
            }
            else
            {
                context.Warn($"DiagnosticReport.result[{i}]", "The Observation cannot be resolved; no OBX was written for it.");
            }
        }

        if (report.Conclusion is { } conclusion)
        {
            observations.WriteText(conclusion, report.Code);
        }

        foreach (var form in report.PresentedForm)
        {
            WriteForm(observations, form, report);
        }
    }

    private static void WriteForm(ObservationSegments observations, Attachment form, DiagnosticReport report)
    {
        var status = Vocabulary.ResultStatuses.ToV2(report.Status);
        if (form.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true && form.Data is { } text)
        {
            observations.WriteText(System.Text.Encoding.UTF8.GetString(text), report.Code);
            return;
        }

        observations.WriteAttachment(form, null, status);
    }

    // OBR-32 is NDL: the person (CNN) in subcomponents of its first component.
    private static void WriteInterpreter(Hl7SegmentBuilder obr, Practitioner interpreter)
    {
        var identifier = interpreter.Identifier.FirstOrDefault();
        var name = interpreter.Name.FirstOrDefault();
        var field = new FieldWriter(obr, 32);
        field.Subcomponent(1, 1, identifier?.Value).Subcomponent(1, 2, name?.Family).Subcomponent(1, 3, name?.Given.FirstOrDefault());
    }

    private bool WritePatient(WriteContext context, ResourceReference? subject, string expression, ResourceReference? encounterReference)
    {
        if (context.Resolver.Resolve<Patient>(subject) is not { } patient)
        {
            context.Error(expression, "The Patient cannot be resolved; an HL7 v2 message needs PID.");
            return false;
        }

        PatientSegments.WritePid(context, patient);
        if (context.Resolver.Resolve<Encounter>(encounterReference) is { } encounter)
        {
            PatientSegments.WritePv1(context, encounter);
        }

        return true;
    }

    private WriteContext NewContext(string messageType, ResourceResolver resolver)
    {
        var message = new Hl7MessageBuilder();
        message.Header
            .Set(3, options.SendingApplication).Set(4, options.SendingFacility)
            .Set(5, options.ReceivingApplication).Set(6, options.ReceivingFacility)
            .Set(7, V2Dates.FromInstant(timeProvider.GetUtcNow()))
            .SetRaw(9, messageType)
            .Set(10, controlIds.Next())
            .Set(11, options.ProcessingId)
            .Set(12, "2.5.1");
        return new WriteContext(message, resolver, new V2Datatypes(options));
    }

    private static FhirToV2Result Finish(WriteContext context) =>
        new(context.HasErrors ? null : context.Message, context.Outcome());
}
