namespace Adapter.Engine.Journal;

/// <summary>Whether the journal can write, as of its last attempt. Thread-safe.</summary>
public sealed class JournalHealth
{
    private volatile Failure? _failure;

    /// <summary>True unless the last write failed.</summary>
    public bool IsWritable => _failure is null;

    /// <summary>Why the last write failed (the store's error, never message content), or null.</summary>
    public string? LastError => _failure?.Error;

    /// <summary>When writes started failing, or null.</summary>
    public DateTimeOffset? FailingSince => _failure?.Since;

    internal void ReportSuccess() => _failure = null;

    internal void ReportFailure(string error, DateTimeOffset at) => _failure = new Failure(error, _failure?.Since ?? at);

    private sealed record Failure(string Error, DateTimeOffset Since);
}
