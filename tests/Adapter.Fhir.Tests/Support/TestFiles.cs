namespace Adapter.Fhir.Tests.Support;

/// <summary>
/// Files the tests read: the repository's sample messages (found by walking up to Adapter.sln) and
/// the copies of corpus messages that ship with this project (Support/Corpus, copied to the output).
/// </summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SampleMessages => Path.Combine(RepositoryRoot, "sample-messages");

    public static string Corpus => Path.Combine(AppContext.BaseDirectory, "Support", "Corpus");

    public static IEnumerable<string> SampleNames() => Names(SampleMessages);

    public static IEnumerable<string> CorpusNames() => Names(Corpus);

    // Fails loudly when the folder is missing rather than letting a theory pass on nothing.
    private static IEnumerable<string> Names(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Test messages are expected in {directory}.");
        }

        return Directory.EnumerateFiles(directory, "*.hl7").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal);
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adapter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Adapter.sln not found above the test assembly.");
    }
}
