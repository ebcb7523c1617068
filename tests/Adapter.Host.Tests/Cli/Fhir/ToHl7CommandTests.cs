namespace Adapter.Host.Tests.Cli.Fhir;

public sealed class ToHl7CommandTests
{
    [Fact]
    public void ToHl7_BundleFromToFhir_PrintsOruWithEveryObservation()
    {
        var (_, bundle, _) = CommandRunner.Run("hl7", "to-fhir", CommandRunner.Sample("oru-r01-lab-panel.hl7"));
        var path = WriteJson(bundle);
        try
        {
            var (exitCode, output, error) = CommandRunner.Run("fhir", "to-hl7", path);

            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            var segments = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains("|ORU^R01^ORU_R01|", segments[0], StringComparison.Ordinal);
            Assert.Equal(20, segments.Count(segment => segment.StartsWith("OBX|", StringComparison.Ordinal)));
            Assert.StartsWith("OBX|1|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN^GLU^Glucose^L||112|mg/dL^mg/dL^UCUM|70-99|H|||F|", segments.First(segment => segment.StartsWith("OBX|1|", StringComparison.Ordinal)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToHl7_NotFhir_ExitsTwoNamingTheFile()
    {
        var path = WriteJson("{\"resourceType\": \"Nonsense\"}");
        try
        {
            var (exitCode, output, error) = CommandRunner.Run("fhir", "to-hl7", path);

            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Assert.Contains(Path.GetFileName(path), error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ToHl7_ReportWithoutPatient_ExitsOneNamingTheElement()
    {
        var path = WriteJson("{\"resourceType\":\"DiagnosticReport\",\"status\":\"final\",\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\"Patient/missing\"}}");
        try
        {
            var (exitCode, output, error) = CommandRunner.Run("fhir", "to-hl7", path);

            Assert.Equal(1, exitCode);
            Assert.Empty(output);
            Assert.Contains("DiagnosticReport.subject: error:", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WriteJson(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"adapter-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
