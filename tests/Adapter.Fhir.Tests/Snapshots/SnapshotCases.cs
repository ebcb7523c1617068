namespace Adapter.Fhir.Tests.Snapshots;

/// <summary>
/// The messages the snapshots cover: sample-messages/ at the repository root, and the ORU, ORM and
/// ADT messages of the corpus copied into Support/Corpus (public samples, bytes kept).
/// </summary>
internal static class SnapshotCases
{
    private const string CorpusFolder = "tests/Adapter.Fhir.Tests/Support/Corpus";
    private const string SamplesFolder = "sample-messages";

    public static IEnumerable<string> All() =>
        Files(SamplesFolder).Select(name => $"sample-{name}")
            .Concat(Files(CorpusFolder).Where(IsInbound).Select(name => $"corpus-{name}"));

    public static string PathOf(string caseName) => caseName.StartsWith("sample-", StringComparison.Ordinal)
        ? Path.Combine(RepositoryRoot(), SamplesFolder, caseName["sample-".Length..] + ".hl7")
        : Path.Combine(RepositoryRoot(), CorpusFolder, caseName["corpus-".Length..] + ".hl7");

    // ms_*-expected.hl7 are outputs of another converter's FHIR to v2 templates, not inbound messages.
    private static bool IsInbound(string name) => !name.EndsWith("-expected", StringComparison.Ordinal);

    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), folder), "*.hl7")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adapter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with Adapter.sln) was not found above the test assembly.");
    }
}
