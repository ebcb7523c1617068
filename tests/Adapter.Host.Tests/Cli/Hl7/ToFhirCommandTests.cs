using System.Text.Json;

namespace Adapter.Host.Tests.Cli.Hl7;

public sealed class ToFhirCommandTests
{
    [Fact]
    public void ToFhir_LabPanel_PrintsTransactionBundleWithAReportPerOrder()
    {
        var (exitCode, output, error) = CommandRunner.Run("hl7", "to-fhir", CommandRunner.Sample("oru-r01-lab-panel.hl7"));

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        using var bundle = JsonDocument.Parse(output);
        Assert.Equal("transaction", bundle.RootElement.GetProperty("type").GetString());
        var types = bundle.RootElement.GetProperty("entry").EnumerateArray().Select(entry => entry.GetProperty("resource").GetProperty("resourceType").GetString()).ToList();
        Assert.Equal(1, types.Count(type => type == "DiagnosticReport"));
        Assert.Equal(20, types.Count(type => type == "Observation"));
        Assert.Equal("MessageHeader", types[0]);
    }

    [Fact]
    public void ToFhir_InvalidBirthDate_ListsTheWarningWithItsLocationOnly()
    {
        var path = CommandRunner.TempFile("MSH|^~\\&|LAB|HOSP|||20261120083000||ADT^A04|1|P|2.5.1\rEVN|A04\rPID|1||42^^^HOSP^MR||DOE^JANE||196203520|F\rPV1|1|O");
        try
        {
            var (exitCode, output, error) = CommandRunner.Run("hl7", "to-fhir", path);

            Assert.Equal(0, exitCode);
            Assert.Contains(": PID-7: warning: ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("196203520", error, StringComparison.Ordinal);
            using var bundle = JsonDocument.Parse(output);
            var patient = bundle.RootElement.GetProperty("entry").EnumerateArray().Select(entry => entry.GetProperty("resource")).Single(resource => resource.GetProperty("resourceType").GetString() == "Patient");
            Assert.False(patient.TryGetProperty("birthDate", out _));
            Assert.Equal("female", patient.GetProperty("gender").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("20260115083000", "2026-01-15T08:30:00-06:00")]
    [InlineData("20260715083000", "2026-07-15T08:30:00-05:00")]
    [InlineData("20260715083000+0200", "2026-07-15T08:30:00+02:00")]
    public void ToFhir_TimeZone_ReadsTimesWithoutOffsetInThatZone(string sent, string expected)
    {
        var path = CommandRunner.TempFile($"MSH|^~\\&|LAB|HOSP|||{sent}||ADT^A04|1|P|2.5.1\rEVN|A04\rPID|1||42^^^HOSP^MR||DOE^JANE\rPV1|1|O");
        try
        {
            var (exitCode, output, _) = CommandRunner.Run("hl7", "to-fhir", path, "--time-zone", "America/Chicago");

            Assert.Equal(0, exitCode);
            using var bundle = JsonDocument.Parse(output);
            Assert.Equal(expected, bundle.RootElement.GetProperty("timestamp").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToFhir_UnknownTimeZone_FailsNamingTheZone()
    {
        var (exitCode, _, error) = CommandRunner.Run("hl7", "to-fhir", CommandRunner.Sample("oru-r01-lab-panel.hl7"), "--time-zone", "Mars/Olympus");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Mars/Olympus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToFhir_ConfiguredSystem_IsUsedForThatAuthority()
    {
        var (exitCode, output, _) = CommandRunner.Run("hl7", "to-fhir", CommandRunner.Sample("oru-r01-lab-panel.hl7"), "--system", "GOODHEALTH_LIS=https://lis.goodhealth.example/patients");

        Assert.Equal(0, exitCode);
        Assert.Contains("\"system\": \"https://lis.goodhealth.example/patients\"", output, StringComparison.Ordinal);
    }
}
