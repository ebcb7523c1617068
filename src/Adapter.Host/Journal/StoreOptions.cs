using System.ComponentModel.DataAnnotations;

namespace Adapter.Host.Journal;

/// <summary>Where and how the adapter keeps its data (configuration section <c>Store</c>).</summary>
public sealed record StoreOptions
{
    public const string Section = "Store";

    public const string DatabaseFileName = "adapter.db";

    /// <summary>The data directory, relative to the working directory unless absolute; the journal is <c>adapter.db</c> in it.</summary>
    [Required]
    public string DataDirectory { get; init; } = "data";

    /// <summary>How long a write waits for a lock held by another process before the store counts as unavailable.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The most messages one commit (one disk flush) covers.</summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; init; } = 256;

    public string DatabasePath => Path.GetFullPath(Path.Combine(DataDirectory, DatabaseFileName));
}
