using Adapter.Mapping.Documents;
using Adapter.Mapping.Loading;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;
using Adapter.Mapping.Tests.Support;

namespace Adapter.Mapping.Tests.Loading;

public sealed class MappingLoaderTests
{
    private static readonly Dictionary<string, string> DocusLabsEnvironment = new(StringComparer.Ordinal)
    {
        ["DOCUS_LABS_SUBMIT_URL"] = "https://labs.docus.example/api/submit-lab-results",
        ["DOCUS_LABS_INTERPRET_URL"] = "https://labs.docus.example/api/generate-interpretation",
        ["DOCUS_LABS_API_KEY"] = "dl-api-key",
        ["DOCUS_LABS_TEAM_ID"] = "team-42",
        ["DOCUS_LABS_INBOUND_API_KEY"] = "dl-inbound-key",
    };

    private static string RepositoryMapping(string name) => Path.Combine(AppContext.BaseDirectory, "mappings", name);

    [Fact]
    public void LoadFile_ValidDocusLabsMapping_HasNoErrors()
    {
        // Arrange
        var errors = new List<MappingError>();

        // Act
        var mapping = DocusLabsMapping.Loader().LoadFile("m.yaml", DocusLabsMapping.Valid, LookupTables.Empty, errors);

        // Assert
        Assert.Empty(errors);
        Assert.NotNull(mapping);
        Assert.Equal("m.yaml", mapping.File);
        Assert.Equal("acme-labs", mapping.Partner);
        Assert.Equal("docus-labs", mapping.Kind.Name);
    }

    [Fact]
    public void LoadFile_ValidDocusLabsMapping_PlansBothOperationsWithTheirFieldsAndTriggers()
    {
        // Act
        var (mapping, _) = DocusLabsMapping.Load(DocusLabsMapping.Valid);

        // Assert
        Assert.NotNull(mapping);
        Assert.Equal(["submitLabResults", "generateInterpretation"], mapping.Operations.Select(operation => operation.Name));
        var submit = mapping.Operations[0];
        Assert.Equal(["patient_id", "reference_id", "physician_email", "data"], submit.Fields.Select(field => field.Name));
        Assert.Equal(OperationTrigger.Immediately, submit.Trigger);
        Assert.Equal("POST", submit.Method);
        Assert.Null(submit.Path);
        Assert.Equal(new SourcePosition("m.yaml", 17, 7), submit.Fields[0].Position);
        Assert.Equal("%patient.identifier.value.first()", submit.Fields[0].Expression!.Text);
        Assert.Equal(new SourcePosition("m.yaml", 17, 19), submit.Fields[0].Expression!.Position);
        var interpret = mapping.Operations[1];
        Assert.Equal(OperationTrigger.AllOrdersFinal, interpret.Trigger);
        Assert.Equal(["patient_id", "reference_id"], interpret.Fields.Select(field => field.Name));
    }

    [Fact]
    public void LoadFile_ValidDocusLabsMapping_FillsSettingsAndCredentialsFromTheEnvironment()
    {
        // Act
        var (mapping, _) = DocusLabsMapping.Load(DocusLabsMapping.Valid);

        // Assert
        Assert.NotNull(mapping);
        Assert.Equal("https://docus.example/submit", mapping.Settings["submitLabResultsUrl"]);
        Assert.Equal("https://docus.example/gen", mapping.Settings["generateInterpretationUrl"]);
        Assert.Equal("physicians", mapping.Settings["reports"]);
        Assert.Equal("key-1", mapping.Auth["apiKey"]);
        Assert.Equal("team-1", mapping.Auth["teamId"]);
        Assert.Equal("inbound-1", mapping.Auth["inboundApiKey"]);
        var rule = Assert.Single(mapping.Accept);
        Assert.Equal("lab-results", rule.Listener);
        Assert.Equal(["ORU^R01"], rule.MessageTypes);
        Assert.Same(ReturnRoute.None, mapping.Return);
    }

    [Fact]
    public void LoadFile_RepositoryDocusLabsMapping_LoadsWithItsEnvironment()
    {
        // Arrange
        var loader = new MappingLoader(name => DocusLabsEnvironment.GetValueOrDefault(name));
        var errors = new List<MappingError>();

        // Act
        var mapping = loader.LoadFile("docus-labs.yaml", File.ReadAllText(RepositoryMapping("docus-labs.yaml")), LookupTables.Empty, errors);

        // Assert
        Assert.Empty(errors.Select(error => error.ToString()));
        Assert.NotNull(mapping);
        Assert.Equal("docus-labs", mapping.Partner);
        Assert.Equal(["submitLabResults", "generateInterpretation"], mapping.Operations.Select(operation => operation.Name));
        Assert.Equal(OperationTrigger.AllOrdersFinal, mapping.Operations[1].Trigger);
        Assert.Equal("both", mapping.Settings["reports"]);
        Assert.Equal("https://labs.docus.example/api/submit-lab-results", mapping.Settings["submitLabResultsUrl"]);
        Assert.Equal(2, mapping.Accept.Count);
        Assert.True(mapping.Accept[1].Fhir);
        Assert.NotNull(mapping.Accept[1].When);
        Assert.Equal(new ReturnRoute("emr", "ORU^R01", "rp-links", Fhir: true), mapping.Return);
    }

    [Fact]
    public void LoadFile_RepositoryDocusLabsMappingWithoutEnvironment_ReportsEveryVariable()
    {
        // Arrange
        var loader = new MappingLoader(_ => null);
        var errors = new List<MappingError>();

        // Act
        var mapping = loader.LoadFile("docus-labs.yaml", File.ReadAllText(RepositoryMapping("docus-labs.yaml")), LookupTables.Empty, errors);

        // Assert
        Assert.Null(mapping);
        Assert.Equal(
            [
                "docus-labs.yaml:7:24: The environment variable DOCUS_LABS_SUBMIT_URL is not set; the service needs it to call this partner.",
                "docus-labs.yaml:8:30: The environment variable DOCUS_LABS_INTERPRET_URL is not set; the service needs it to call this partner.",
                "docus-labs.yaml:11:11: The environment variable DOCUS_LABS_API_KEY is not set; the service needs it to call this partner.",
                "docus-labs.yaml:12:11: The environment variable DOCUS_LABS_TEAM_ID is not set; the service needs it to call this partner.",
                "docus-labs.yaml:13:18: The environment variable DOCUS_LABS_INBOUND_API_KEY is not set; the service needs it to call this partner.",
            ],
            errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Load_Folder_ReadsEveryMappingAndItsLookupTables()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("acme.yaml", DocusLabsMapping.With("\"'results'\"", "\"lookup('codes', 'A1')\""));
        directory.Write("beta.yml", DocusLabsMapping.With("partner: acme-labs", "partner: beta-labs"));
        directory.Write("lookups/codes.csv", "local,loinc\nA1,718-7\n");
        directory.Write("notes.txt", "not a mapping");

        // Act
        var set = DocusLabsMapping.Loader().Load(directory.Path);

        // Assert
        Assert.Empty(set.Errors);
        Assert.True(set.IsValid);
        Assert.Equal(["acme-labs", "beta-labs"], set.Partners.Select(partner => partner.Partner));
        Assert.Equal("beta.yml", set.Find("beta-labs")!.File);
        Assert.Equal(["codes"], set.Lookups.Names);
        Assert.Equal("718-7", set.Lookups.Find("codes")!.Find("A1"));
    }

    [Fact]
    public void Load_TwoFilesWithOnePartnerName_AppliesNeitherAndReportsBoth()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("a.yaml", DocusLabsMapping.Valid);
        directory.Write("b.yaml", DocusLabsMapping.Valid);

        // Act
        var set = DocusLabsMapping.Loader().Load(directory.Path);

        // Assert
        Assert.Equal(
            [
                "a.yaml:1:10: The partner name 'acme-labs' is also used by b.yaml; each partner has one file, so neither is applied.",
                "b.yaml:1:10: The partner name 'acme-labs' is also used by a.yaml; each partner has one file, so neither is applied.",
            ],
            set.Errors.Select(error => error.ToString()));
        Assert.Empty(set.Partners);
        Assert.False(set.IsValid);
    }

    [Fact]
    public void Load_RepeatedPartnerNameAfterComments_PointsAtThePartnerLine()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("a.yaml", DocusLabsMapping.Valid);
        directory.Write("b.yaml", "# Second copy.\n" + DocusLabsMapping.Valid);

        // Act
        var set = DocusLabsMapping.Loader().Load(directory.Path);

        // Assert
        Assert.Contains("b.yaml:2:10: The partner name 'acme-labs' is also used by a.yaml; each partner has one file, so neither is applied.", set.Errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Load_MalformedLookupTable_ReportsItsRowAndTheMappingThatUsesIt()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("m.yaml", DocusLabsMapping.With("    trigger: all-orders-final", "    when: \"lookup('codes', 'A1') = '718-7'\"\n    trigger: all-orders-final"));
        directory.Write("lookups/codes.csv", "local,loinc\nA1,718-7\nA1,4544-3\n");

        // Act
        var set = DocusLabsMapping.Loader().Load(directory.Path);

        // Assert
        Assert.Equal(
            [
                "lookups/codes.csv:3:1: The code 'A1' is listed twice; each code may appear once.",
                "m.yaml:22:11: The lookup table 'codes' has errors (lookups/codes.csv); this file is applied once the table is fixed.",
            ],
            set.Errors.Select(error => error.ToString()));
        Assert.Empty(set.Partners);
        Assert.Null(set.Lookups.Find("codes"));
    }

    [Fact]
    public void Load_FileWithErrors_LeavesThatPartnerOutAndLoadsTheOthers()
    {
        // Arrange
        using var directory = new TempDirectory();
        directory.Write("a.yaml", DocusLabsMapping.With("reports: physicians", "reports: everyone"));
        directory.Write("b.yaml", DocusLabsMapping.With("partner: acme-labs", "partner: beta-labs"));

        // Act
        var set = DocusLabsMapping.Loader().Load(directory.Path);

        // Assert
        Assert.Equal("a.yaml:6:12: 'reports' is 'everyone', which is not one of: patients, physicians, both.", Assert.Single(set.Errors).ToString());
        Assert.Equal("beta-labs", Assert.Single(set.Partners).Partner);
    }

    [Fact]
    public void Load_MissingFolder_ReportsIt()
    {
        // Arrange
        var directory = Path.Combine(Path.GetTempPath(), "adapter-mapping-tests-" + Guid.NewGuid().ToString("N"));

        // Act
        var set = DocusLabsMapping.Loader().Load(directory);

        // Assert
        Assert.Equal($"{directory}:1:1: The mappings folder does not exist.", Assert.Single(set.Errors).ToString());
        Assert.Empty(set.Partners);
        Assert.Same(LookupTables.Empty, set.Lookups);
    }

    [Fact]
    public void Load_EmptyFolder_IsValidWithNoPartners()
    {
        // Arrange
        using var directory = new TempDirectory();

        // Act
        var set = DocusLabsMapping.Loader().Load(directory.Path);

        // Assert
        Assert.True(set.IsValid);
        Assert.Empty(set.Partners);
        Assert.Empty(set.Lookups.Names);
    }
}
