namespace Adapter.Hl7v2.Tests.Support;

/// <summary>Finds the repository's sample messages and the shared corpus beside the repository.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SampleMessages => Path.Combine(RepositoryRoot, "sample-messages");

    /// <summary>The public corpus in ../shared/corpus; CI checks it out beside the repository.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    public static string Bench => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "bench"));

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(SampleMessages, name));

    public static byte[] CorpusFile(string name) => File.ReadAllBytes(Path.Combine(Corpus, name));

    /// <summary>Every corpus file name; fails loudly when the corpus is missing rather than passing on nothing.</summary>
    public static IEnumerable<string> CorpusNames()
    {
        if (!Directory.Exists(Corpus))
        {
            throw new DirectoryNotFoundException($"The shared corpus is expected at {Corpus}.");
        }

        return Directory.EnumerateFiles(Corpus, "*.hl7").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
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
