namespace Adapter.Engine.Journal.Sqlite;

/// <summary>An entry (or, with no entry, a probe) waiting for the writer, and who waits for its result.</summary>
internal sealed class PendingWrite(JournalEntry? entry)
{
    // Continuations run on the thread pool, never on the writer's thread.
    private readonly TaskCompletionSource<AppendResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public JournalEntry? Entry { get; } = entry;

    public AppendResult Result { get; set; }

    public Task<AppendResult> Completion => _completion.Task;

    public void Complete(AppendResult result) => _completion.TrySetResult(result);
}
