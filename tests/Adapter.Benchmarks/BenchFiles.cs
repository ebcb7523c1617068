namespace Adapter.Benchmarks;

/// <summary>The shared benchmark messages in ../shared/bench beside the repository.</summary>
internal static class BenchFiles
{
    public static byte[] Read(string name) =>
        File.ReadAllBytes(PathOf(name) ?? throw new InvalidOperationException("Adapter.sln not found above the benchmarks or the current directory."));

    /// <summary>
    /// The full path of a shared benchmark file (which need not exist), found from the repository
    /// above the benchmarks' binaries or else above the current directory; null outside the repository.
    /// </summary>
    public static string? PathOf(string name)
    {
        var root = RepositoryAbove(AppContext.BaseDirectory) ?? RepositoryAbove(Environment.CurrentDirectory);
        return root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "bench", name));
    }

    private static string? RepositoryAbove(string path)
    {
        var directory = new DirectoryInfo(path);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adapter.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
