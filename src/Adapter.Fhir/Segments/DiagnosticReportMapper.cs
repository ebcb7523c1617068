using Adapter.Fhir.Conversion;
using Adapter.Fhir.Datatypes;
using Adapter.Fhir.Vocabulary;
using Adapter.Hl7v2.Types;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Segments;

/// <summary>
/// ORC and OBR of a result to DiagnosticReport (the IG's ORC[DiagnosticReport] and
/// OBR[DiagnosticReport]): identifiers, code, status through table 0123, effective time, issued,
/// category (table 0074) and the results interpreter; based on the order's ServiceRequest.
/// </summary>
internal static class DiagnosticReportMapper
{
    public static void Map(ConversionContext context, OrderGroup order, ResourceReference? patient, ResourceReference? encounter)
    {
        var obr = order.Obr!.Value;
        var report = new DiagnosticReport
        {
            Status = Status(context, obr),
            Code = CodedValues.Concept(obr.Field(4)) ?? Unknown(context, obr),
            Subject = patient,
            Encounter = encounter,
            IssuedElement = FhirDates.Instant(context, obr.Field(22), obr.At(22)),
        };
        OrderIdentifiers.Apply(context, order.Orc, obr, report.Identifier);
        if (order.RequestReference is { } request)
        {
            report.BasedOn.Add(request);
        }

        var start = FhirDates.DateTime(context, obr.Field(7), obr.At(7));
        var end = FhirDates.DateTime(context, obr.Field(8), obr.At(8));
        report.Effective = end is null ? start : new Period { StartElement = start, EndElement = end };
        if (CodedValues.TableConcept(obr.Field(24), "0074") is { } category)
        {
            report.Category.Add(category);
        }

        if (Interpreter(context, obr) is { } interpreter)
        {
            report.ResultsInterpreter.Add(interpreter);
        }

        var identifier = OrderIdentifiers.Preferred(report.Identifier, Identifiers.FillerType);
        var key = identifier is null ? $"DiagnosticReport|{order.Scope}" : $"DiagnosticReport|{identifier.System}|{identifier.Value}|{obr.Field(4).FirstRepetition().Part(1).Er7}";
        var (stored, reference, added) = context.Bundle.AddOrFind(report, key, identifier, EntryMode.Current);
        if (!added)
        {
            context.Issues.Inform(obr.At(3), "Reports the same filler order number and service as an earlier OBR: one DiagnosticReport holds the results of both.");
        }

        order.Report = stored;
        order.ReportReference = reference;
    }

    private static DiagnosticReport.DiagnosticReportStatus Status(ConversionContext context, SourceSegment obr)
    {
        var code = obr.Field(25).Text();
        if (ResultStatuses.From(code) is { } status)
        {
            return status;
        }

        context.Issues.Warn(obr.At(25), code is null ? "No result status was sent; status is unknown." : "The result status has no FHIR equivalent; status is unknown.");
        return DiagnosticReport.DiagnosticReportStatus.Unknown;
    }

    private static CodeableConcept Unknown(ConversionContext context, SourceSegment obr)
    {
        context.Issues.Warn(obr.At(4), "No universal service identifier was sent; the report code is unknown.");
        return UnknownConcepts.Create();
    }

    // OBR-32 is NDL: its first component is CNN, the person in subcomponents (id & family & given ...).
    // Some senders write the person as components instead (id ^ family ^ given), as in XCN.
    private static ResourceReference? Interpreter(ConversionContext context, SourceSegment obr)
    {
        var ndl = obr.Field(32).FirstRepetition();
        return ndl.Part(1).PartCount <= 1 && ndl.Part(2).HasValue
            ? Practitioners.Add(context, ndl)
            : Practitioners.AddFromCnn(context, ndl.Part(1));
    }
}
