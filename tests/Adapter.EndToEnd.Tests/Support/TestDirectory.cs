namespace Adapter.EndToEnd.Tests.Support;

/// <summary>A fresh directory under the system's temp directory, deleted afterwards.</summary>
internal sealed class TestDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"adapter-e2e-{Guid.NewGuid():N}")).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived the test may still hold a file; the temp directory is swept anyway.
        }
    }
}
