using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Cli.Mapping;

/// <summary><c>adapter mapping validate DIR</c>: every error as <c>file:line:column: sentence</c> on stderr and exit 1, or the partners and exit 0.</summary>
public sealed class ValidateCommandTests
{
    // Names only this class uses, so setting them cannot change what the tests beside it see.
    private const string Prefix = "ADAPTER_HOST_TESTS_VALIDATE_";

    [Fact]
    public void Validate_BrokenFiles_PrintsEveryErrorAndExits1()
    {
        // Arrange
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("a.yaml"), "partner: a\nkind: docus-lab\naccept: []\noperations: {}\n");
        File.WriteAllText(folder.File("b.yaml"), "partner: [\n");

        // Act
        var (exitCode, output, error) = CommandRunner.Run(["mapping", "validate", folder.Path]);

        // Assert
        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        var lines = error.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(
            [
                "a.yaml:2:7: 'kind' is 'docus-lab', which is not one of: docus-labs, docus-medical-center, imaging-ai-retrieval, lis, qubs.",
                "a.yaml:3:1: 'accept' needs at least one item.",
                "a.yaml:4:1: 'operations' needs at least one entry.",
                "b.yaml:1:10: The file is not valid YAML: this [ is not closed; close it on the same line, or write the list as '- ' items.",
                $"4 errors in {Path.GetFileName(folder.Path)}.",
            ],
            lines);
    }

    [Fact]
    public void Validate_RepositoryMappingsWithTheirVariables_ListsThePartnersAndExits0()
    {
        // Arrange: the repository's files, their variables renamed to this class's own and set.
        using var folder = new TempDirectory();
        var source = Path.Combine(RepositoryFiles.Root, "mappings");
        Directory.CreateDirectory(folder.File("lookups"));
        foreach (var path in Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path).Replace("${", "${" + Prefix, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.Path, Path.GetRelativePath(source, path)), text);
            foreach (System.Text.RegularExpressions.Match variable in System.Text.RegularExpressions.Regex.Matches(text, @"\$\{([A-Z0-9_]+)\}"))
            {
                var name = variable.Groups[1].Value;
                Environment.SetEnvironmentVariable(name, name.EndsWith("URL", StringComparison.Ordinal) ? "https://partner.example/" + name : "value");
            }
        }

        // Act
        var (exitCode, output, error) = CommandRunner.Run(["mapping", "validate", folder.Path]);

        // Assert
        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Equal("5 mappings valid: docus-labs, docus-medical-center, imaging-ai-retrieval, lis, qubs.", output.TrimEnd());
    }
}
