using Adapter.Fhir.Conversion;
using Adapter.Hl7v2.Validation;
using Hl7.Fhir.Model;

namespace Adapter.Fhir.Tests.Conversion;

public sealed class ConversionIssuesTests
{
    [Fact]
    public void Warn_Location_IsWarningOnValueAtThatField()
    {
        // Arrange
        var issues = new ConversionIssues();

        // Act
        issues.Warn(new Hl7Location("OBX", 3, 5), "Not a valid NM number; kept as text.");

        // Assert
        var issue = Assert.Single(issues.ToOperationOutcome().Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Warning, issue.Severity);
        Assert.Equal(OperationOutcome.IssueType.Value, issue.Code);
        Assert.Equal(["OBX[3]-5"], issue.Location);
    }

    [Fact]
    public void Inform_Location_IsInformationNotSupported()
    {
        // Arrange
        var issues = new ConversionIssues();

        // Act
        issues.Inform(new Hl7Location("NTE", 1, 3), "A note has no place in FHIR R4.");

        // Assert
        var issue = Assert.Single(issues.ToOperationOutcome().Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Information, issue.Severity);
        Assert.Equal(OperationOutcome.IssueType.NotSupported, issue.Code);
        Assert.Equal(["NTE-3"], issue.Location);
    }

    [Fact]
    public void ToOperationOutcome_SeveralIssues_KeepsOrder()
    {
        // Arrange
        var issues = new ConversionIssues();
        issues.Warn(new Hl7Location("PID", 1, 7), "a");
        issues.Inform(new Hl7Location("NTE", 1, 3), "b");
        issues.Warn(new Hl7Location("OBR", 2, 25), "c");

        // Act
        var outcome = issues.ToOperationOutcome();

        // Assert
        Assert.Equal(["PID-7", "NTE-3", "OBR[2]-25"], outcome.Issue.Select(issue => issue.Location.Single()));
    }

    [Fact]
    public void HasWarnings_CleanMessage_IsFalse()
    {
        // Act
        var result = Support.Conversions.Result("OBX|1|NM|2345-7^Glucose^LN||112|mg/dL^mg/dL^UCUM|70-99|H|||F");

        // Assert
        Assert.False(result.HasWarnings);
        Assert.Empty(result.Outcome.Issue);
    }
}
