using Adapter.Fhir.Vocabulary;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Vocabulary;

/// <summary>Table 0123 to DiagnosticReport.status, after the IG's ResultStatus[Non-Queries] map.</summary>
public sealed class ResultStatusesTests
{
    [Theory]
    [InlineData("F", DiagnosticReport.DiagnosticReportStatus.Final)]
    [InlineData("P", DiagnosticReport.DiagnosticReportStatus.Preliminary)]
    [InlineData("C", DiagnosticReport.DiagnosticReportStatus.Corrected)]
    [InlineData("X", DiagnosticReport.DiagnosticReportStatus.Cancelled)]
    [InlineData("R", DiagnosticReport.DiagnosticReportStatus.Partial)]
    [InlineData("O", DiagnosticReport.DiagnosticReportStatus.Registered)]
    [InlineData("I", DiagnosticReport.DiagnosticReportStatus.Registered)]
    [InlineData("S", DiagnosticReport.DiagnosticReportStatus.Registered)]
    public void From_CodeTheIgMaps_GivesIgStatus(string code, DiagnosticReport.DiagnosticReportStatus expected)
    {
        // Act
        var status = ResultStatuses.From(code);

        // Assert
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("Y")]
    [InlineData("Z")]
    [InlineData(null)]
    public void From_CodeTheIgLeavesUnmapped_GivesNull(string? code)
    {
        // Act
        var status = ResultStatuses.From(code);

        // Assert
        Assert.Null(status);
    }
}
