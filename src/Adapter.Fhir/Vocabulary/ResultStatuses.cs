using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>
/// Table 0123 (OBR-25 result status) to DiagnosticReport.status, after the IG's ResultStatus map,
/// and back. The IG leaves A open; we read it as partial (some results available). Codes the IG
/// does not map (Y, Z, M, N) give null, and the converter reports them.
/// </summary>
internal static class ResultStatuses
{
    public static DiagnosticReport.DiagnosticReportStatus? From(string? code) => code?.ToUpperInvariant() switch
    {
        "O" or "I" or "S" => DiagnosticReport.DiagnosticReportStatus.Registered,
        "A" or "R" => DiagnosticReport.DiagnosticReportStatus.Partial,
        "P" => DiagnosticReport.DiagnosticReportStatus.Preliminary,
        "C" => DiagnosticReport.DiagnosticReportStatus.Corrected,
        "F" => DiagnosticReport.DiagnosticReportStatus.Final,
        "X" => DiagnosticReport.DiagnosticReportStatus.Cancelled,
        _ => null,
    };

    public static string ToV2(DiagnosticReport.DiagnosticReportStatus? status) => status switch
    {
        DiagnosticReport.DiagnosticReportStatus.Registered => "I",
        DiagnosticReport.DiagnosticReportStatus.Partial => "R",
        DiagnosticReport.DiagnosticReportStatus.Preliminary => "P",
        DiagnosticReport.DiagnosticReportStatus.Corrected or DiagnosticReport.DiagnosticReportStatus.Amended or DiagnosticReport.DiagnosticReportStatus.Appended => "C",
        DiagnosticReport.DiagnosticReportStatus.Cancelled or DiagnosticReport.DiagnosticReportStatus.EnteredInError => "X",
        _ => "F",
    };
}
