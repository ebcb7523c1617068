namespace Adapter.Host.Tests.Cli.Hl7;

public sealed class Hl7CommandTests
{
    private static readonly string LabPanel = CommandRunner.Sample("oru-r01-lab-panel.hl7");

    [Fact]
    public void Inspect_Message_PrintsGroupsSegmentsAndFieldNames()
    {
        var (exitCode, output, _) = CommandRunner.Run("hl7", "inspect", LabPanel);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("ORU_R01\n  MSH\n    MSH-1 Field Separator: |\n", output, StringComparison.Ordinal);
        Assert.Contains("\n  PATIENT_RESULT\n    PATIENT\n      PID\n", output, StringComparison.Ordinal);
        Assert.Contains("OBX-5 Observation Value", output, StringComparison.Ordinal);
        Assert.Contains("    ORDER_OBSERVATION\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_Paths_PrintsOneDecodedValuePerLineAndEmptyForAbsent()
    {
        var (exitCode, output, _) = CommandRunner.Run("hl7", "inspect", LabPanel, "--path", "MSH-10", "--path", "PID-3[2].5", "--path", "OBX[20]-2", "--path", "PID-99");

        Assert.Equal(0, exitCode);
        Assert.Equal("GHLIS2611200187\nPI\nST\n\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Inspect_BadPath_ExitsNonZeroNamingTheColumn()
    {
        var (exitCode, output, error) = CommandRunner.Run("hl7", "inspect", LabPanel, "--path", "PID-3[x]");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("column 7", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ack_Original_PrintsAaWithTheReceivedControlId()
    {
        var (exitCode, output, _) = CommandRunner.Run("hl7", "ack", LabPanel);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exitCode);
        Assert.StartsWith("MSH|^~\\&|ADAPTER|GOODHEALTH|GOODHEALTH_LIS|", lines[0], StringComparison.Ordinal);
        Assert.Contains("|ACK^R01^ACK|", lines[0], StringComparison.Ordinal);
        Assert.Equal("MSA|AA|GHLIS2611200187", lines[1]);
    }

    [Fact]
    public void Ack_Enhanced_PrintsCommitAccept()
    {
        var (_, output, _) = CommandRunner.Run("hl7", "ack", LabPanel, "--mode", "enhanced");

        Assert.Contains("\nMSA|CA|GHLIS2611200187\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ack_UnsupportedVersion_PrintsArWithErr203()
    {
        var file = CommandRunner.TempFile("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|X9|P|9.9\rPID|1\r");

        var (exitCode, output, _) = CommandRunner.Run("hl7", "ack", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("MSA|AR|X9|", output, StringComparison.Ordinal);
        Assert.Contains("ERR||MSH^1^12^1^1|203^Unsupported version id^HL70357|E||||MSH-12 (version id) 9.9 is not accepted here", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ack_UnreadableHeader_PrintsArAndExplainsOnStderr()
    {
        var file = CommandRunner.TempFile("MSH|^^|A|B|C|D|20261120||ORU^R01|X10|P|2.5.1\r");

        var (exitCode, output, error) = CommandRunner.Run("hl7", "ack", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("MSA|AR|X10|", output, StringComparison.Ordinal);
        Assert.Contains("(MSH-2): MSH-2 (encoding characters) has 2 characters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Roundtrip_Sample_ExitsZero()
    {
        var (exitCode, output, _) = CommandRunner.Run("hl7", "roundtrip", LabPanel);

        Assert.Equal(0, exitCode);
        Assert.Contains("identical (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Roundtrip_LfTerminators_SaysItNormalised()
    {
        var file = CommandRunner.TempFile("MSH|^~\\&|A|B|C|D|20261120||ORU^R01|X9|P|2.5.1\nPID|1\n");

        var (exitCode, output, _) = CommandRunner.Run("hl7", "roundtrip", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("after normalising segment terminators", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Roundtrip_BytesTheCharsetCannotHold_Differs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"adapter-test-{Guid.NewGuid():N}.hl7");
        File.WriteAllBytes(path, [.. "MSH|^~\\&|A|B|C|D|20261120||ORU^R01|X9|P|2.5.1\rPID|1||"u8, 0xFF, (byte)'\r']);

        var (exitCode, _, error) = CommandRunner.Run("hl7", "roundtrip", path);

        Assert.Equal(1, exitCode);
        Assert.Contains("differs from byte", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("roundtrip")]
    public void Verb_UnreadableInput_ExitsNonZeroWithOneLine(string verb)
    {
        var file = CommandRunner.TempFile("PID|1||123\r");

        var (exitCode, output, error) = CommandRunner.Run("hl7", verb, file);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("does not start with an MSH segment", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Verb_MissingFile_ExitsNonZero()
    {
        var (exitCode, _, error) = CommandRunner.Run("hl7", "inspect", "/nonexistent/file.hl7");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("file.hl7", error, StringComparison.Ordinal);
    }
}
