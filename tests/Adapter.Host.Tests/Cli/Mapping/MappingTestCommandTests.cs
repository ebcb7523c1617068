using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;
using System.Text.RegularExpressions;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Cli.Mapping;

/// <summary>
/// <c>adapter mapping test</c> over the repository's mappings/ and sample-messages/: each partner on
/// each sample it accepts, as JSON, against a snapshot in __snapshots__. The partners' variables
/// are not set, so URLs read ${NAME} and the snapshots do not depend on the machine.
/// </summary>
/// <remarks>
/// Read against the HL7 segments and shared/vendor-docs before acceptance:
/// - every request: method, URL setting or path and headers as the kind's vendor document gives
///   them (Docus x-api-key/x-team-id, QUBS and Imaging-AI Bearer, the LIS key header), every
///   credential ***; every request's Idempotency-Key, which only QUBS documents honouring (the
///   others say so);
/// - docus-labs, lab panel: patient_id PID-3 MR 100234567, reference_id ORC-2 EHR-ORD-550871,
///   patient_email PID-13[2].4, one data line per OBX (all 20) with OBX-5/OBX-6 and the OBX-8 flag
///   unless N: >60 (SN comparator), 16:1 (SN ratio), Negative/Positive (CWE LOINC answers), both ST;
///   physician_email warned as missing, which is true: ORC-14 and OBR-17 are empty and the sample
///   has no provider email anywhere;
/// - docus-labs, radiology: the 11 TX lines of OBX 1-11 in order, the ED left out; both emails
///   warned (PID-13 holds a phone only);
/// - docus-medical-center: data_type lab_results for OBR-24 CH and radiology_report for CT;
///   document_id the filler number (ORC-3/OBR-3); the lab lines as docus-labs'; the radiology text
///   equal to OBX 1-11 and the PDF content equal to OBX 12's base64 (648 bytes), named
///   NWR2611190042.pdf; the file_base64.* warnings on the lab panel come from the planner, which warns
///   of an object's fields although the whole object is absent;
/// - imaging-ai-retrieval: study_uid ZDS-1.1 without urn:oid:, no order_id (the vendor's own id);
/// - lis: A04 creates the patient with PID-5/7/8/11/13 (the phone as the converter writes it,
///   +1 (312) 5550147); A08 updates it with the new address, home phone 555-0188 and mobile
///   555-0189; the ORM creates the patient and one test per order: EHR-ORD-556012 CBC to LIS-2001
///   routine (ORC-7.6 R), EHR-ORD-556013 HBA1C to LIS-1042 stat (S), no collectedAt since neither
///   order carries a collection time;
/// - qubs: appointment id OBR-2, reportText OBX 1-11, final from OBR-25 F, the interpreter from
///   OBR-32, reportedAtUtc OBR-22 in UTC (10:25-05:00 is 15:25Z); the domain shows escaped,
///   %24%7BQUBS_DOMAIN%7D, because the path escapes the unset variable as it would a value.
/// </remarks>
public sealed class MappingTestCommandTests
{
    // Names only this class uses, so setting them cannot change what the tests beside it see.
    private const string Prefix = "ADAPTER_HOST_TESTS_MAPPING_TEST_";

    private static readonly string Mappings = Path.Combine(RepositoryFiles.Root, "mappings");

    [Theory]
    [InlineData("docus-labs", "oru-r01-lab-panel")]
    [InlineData("docus-labs", "oru-r01-radiology-report")]
    [InlineData("docus-medical-center", "oru-r01-lab-panel")]
    [InlineData("docus-medical-center", "oru-r01-radiology-report")]
    [InlineData("imaging-ai-retrieval", "orm-o01-imaging-order")]
    [InlineData("lis", "adt-a04")]
    [InlineData("lis", "adt-a08")]
    [InlineData("lis", "orm-o01-lab-order")]
    [InlineData("qubs", "oru-r01-radiology-report")]
    public void MappingTest_PartnerAndSample_PrintsTheSnapshotRequests(string partner, string sample)
    {
        // Arrange
        var set = Variables(partner).Where(name => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name))).ToList();
        Assert.True(set.Count == 0, $"Unset {string.Join(", ", set)}: the snapshots show every variable as ${{NAME}}.");

        // Act
        var (exitCode, output, error) = Run(partner, RepositoryFiles.Sample(sample + ".hl7"), "--format", "json");

        // Assert
        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Snapshot.Match(Parse(output), SnapshotNameExtension.Create(partner, sample));
    }

    [Fact]
    public void MappingTest_CredentialsSet_PrintsThemMasked()
    {
        // Arrange: docus-labs.yaml with its variables renamed to this class's own.
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("docus-labs.yaml"), File.ReadAllText(Path.Combine(Mappings, "docus-labs.yaml")).Replace("${DOCUS_LABS_", "${" + Prefix, StringComparison.Ordinal));
        var values = new Dictionary<string, string>
        {
            [Prefix + "SUBMIT_URL"] = "https://docus.example/labs/submit",
            [Prefix + "INTERPRET_URL"] = "https://docus.example/labs/interpret",
            [Prefix + "API_KEY"] = "api-key-secret-4711",
            [Prefix + "TEAM_ID"] = "team-id-secret-4712",
            [Prefix + "INBOUND_API_KEY"] = "inbound-secret-4713",
        };
        foreach (var (name, value) in values)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        try
        {
            // Act
            var (exitCode, output, error) = RunIn(folder.Path, "docus-labs", RepositoryFiles.Sample("oru-r01-lab-panel.hl7"));

            // Assert
            Assert.Equal(0, exitCode);
            Assert.Empty(error);
            var text = output.ReplaceLineEndings("\n");
            Assert.Contains("\nPOST https://docus.example/labs/submit\nx-api-key: ***\nx-team-id: ***\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Not set", text, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-47", text, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var name in values.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [Fact]
    public void MappingTest_MessageTypeNotAccepted_ExitsOneWithTheRefusal()
    {
        // Act
        var (exitCode, output, error) = Run("docus-labs", RepositoryFiles.Sample("adt-a04.hl7"));

        // Assert
        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal(
            "docus-labs does not accept this message: rule 1: it takes ORU^R01, not ADT^A04; rule 2: it takes FHIR resources, not MLLP messages.\n",
            error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void MappingTest_UnknownPartner_ExitsOneNamingThePartners()
    {
        // Act
        var (exitCode, output, error) = Run("acme-labs", RepositoryFiles.Sample("oru-r01-lab-panel.hl7"));

        // Assert
        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("There is no partner 'acme-labs' in mappings; the partners are docus-labs, docus-medical-center, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingTest_UnknownPartnerBesideAnInvalidFile_SaysThereIsNoSuchPartner()
    {
        // Arrange
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("broken.yaml"), "partner: broken\nkind: nobody\n");

        // Act
        var (exitCode, _, error) = RunIn(folder.Path, "labs", RepositoryFiles.Sample("oru-r01-lab-panel.hl7"));

        // Assert
        Assert.Equal(1, exitCode);
        Assert.EndsWith($"There is no partner 'labs' in {Path.GetFileName(folder.Path)}; it has no valid mapping.\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void MappingTest_FhirJsonThatIsNotFhir_ExitsTwoWithTheReason()
    {
        // Arrange
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("report.json"), "{\"resourceType\": \"DiagnosticReport\", \"status\": \"done\"}");

        // Act
        var (exitCode, output, error) = Run("docus-labs", folder.File("report.json"));

        // Assert
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("report.json: not a readable FHIR R4 JSON resource: ", error, StringComparison.Ordinal);
        Assert.Contains("status", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MappingTest_UnreadableFile_ExitsTwoNamingTheFile()
    {
        // Arrange
        var missing = Path.Combine(Path.GetTempPath(), $"adapter-mapping-test-{Guid.NewGuid():N}.hl7");

        // Act
        var (exitCode, output, error) = Run("docus-labs", missing);

        // Assert
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Equal($"{Path.GetFileName(missing)}: cannot read the file: FileNotFoundException.\n", error.ReplaceLineEndings("\n"));
    }

    private static (int ExitCode, string Output, string Error) Run(string partner, string file, params string[] options) =>
        RunIn(Mappings, partner, file, options);

    private static (int ExitCode, string Output, string Error) RunIn(string directory, string partner, string file, params string[] options) =>
        CommandRunner.Run(["mapping", "test", "--partner", partner, file, "--dir", directory, .. options]);

    // The ${NAME} variables the partner's file names; the file is named after its partner.
    private static IEnumerable<string> Variables(string partner) =>
        Regex.Matches(File.ReadAllText(Path.Combine(Mappings, partner + ".yaml")), @"\$\{([A-Za-z_][A-Za-z0-9_]*)\}").Select(match => match.Groups[1].Value).Distinct();

    // Dates stay text and decimals keep their scale, as the requests carry them.
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader);
    }
}
