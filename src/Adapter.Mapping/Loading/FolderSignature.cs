using System.Text;

namespace Adapter.Mapping.Loading;

/// <summary>
/// What changes when anyone edits, adds or removes a mapping file or lookup table: names, sizes and
/// write times. Polling it is cheap for a folder of a few files and, unlike file system events,
/// works the same on network shares and container volumes.
/// </summary>
public static class FolderSignature
{
    public static string Of(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return string.Empty;
        }

        var signature = new StringBuilder();
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var info = new FileInfo(path);
            signature.Append(path).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return signature.ToString();
    }
}
