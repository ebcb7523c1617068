namespace Adapter.Benchmarks;

/// <summary>The shared benchmark messages in ../shared/bench beside the repository.</summary>
internal static class BenchFiles
{
    public static byte[] Read(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adapter.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? throw new InvalidOperationException("Adapter.sln not found.");
        return File.ReadAllBytes(Path.Combine(root, "..", "shared", "bench", name));
    }
}
