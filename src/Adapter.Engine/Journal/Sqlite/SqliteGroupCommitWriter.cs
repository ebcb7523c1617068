using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>
/// The journal's single writer. Appenders queue entries; one thread takes everything queued (up to
/// a batch), writes it in one transaction and commits, so one disk flush covers every connection
/// that was waiting. Results are released only after the commit returns. When a commit fails the
/// whole batch is reported unavailable, the connection is reopened for the next batch, and writing
/// resumes as soon as the store does.
/// </summary>
internal sealed partial class SqliteGroupCommitWriter : IAsyncDisposable
{
    private readonly SqliteJournalOptions _options;
    private readonly JournalHealth _health;
    private readonly JournalMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<PendingWrite> _queue;
    private readonly Thread _thread;
    private SqliteConnection? _connection;
    private SqliteAppender? _appender;

    public SqliteGroupCommitWriter(SqliteJournalOptions options, JournalHealth health, JournalMetrics metrics, TimeProvider time, ILogger logger)
    {
        _options = options;
        _health = health;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(options.QueueCapacity) { SingleReader = true });
        Open();
        _thread = new Thread(Run) { IsBackground = true, Name = "journal-writer" };
        _thread.Start();
    }

    public async ValueTask<AppendResult> WriteAsync(JournalEntry? entry, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(entry);
        if (!_queue.Writer.TryWrite(pending))
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }

        // Once queued the write happens whatever the caller does; waiting for it is what may be cancelled.
        return await pending.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops taking entries, writes what is queued, and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.Run(_thread.Join).ConfigureAwait(false);
        Close();
    }

    private void Run()
    {
        var batch = new List<PendingWrite>(_options.MaxBatchSize);
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < _options.MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            Commit(batch);
        }
    }

    private void Commit(List<PendingWrite> batch)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (_connection is null)
            {
                Open();
            }

            using var transaction = _connection!.BeginTransaction(deferred: false);
            _appender!.Enlist(transaction);
            foreach (var pending in batch)
            {
                pending.Result = pending.Entry is { } entry ? _appender.Append(entry) : Probe();
            }

            transaction.Commit();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Whatever failed, the writer thread must live on: a dead writer would hang every appender.
            Fail(batch, exception);
            return;
        }

        _metrics.RecordCommit(Stopwatch.GetElapsedTime(started), batch.Count);
        if (!_health.IsWritable)
        {
            LogRecovered(_logger);
        }

        _health.ReportSuccess();
        foreach (var pending in batch)
        {
            pending.Complete(pending.Result);
        }
    }

    private AppendResult Probe()
    {
        _appender!.Probe(_time.GetUtcNow());
        return AppendResult.Stored(0);
    }

    private void Fail(List<PendingWrite> batch, Exception exception)
    {
        // SQLite's messages name the failure (disk full, database locked), never the data.
        var code = exception is SqliteException sqlite ? sqlite.SqliteErrorCode : 0;
        var extended = exception is SqliteException sqliteExtended ? sqliteExtended.SqliteExtendedErrorCode : 0;
        LogCommitFailed(_logger, batch.Count, code, extended, exception.GetType().Name, exception.Message);
        _metrics.RecordFailedCommit(batch.Count);
        if (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            // Only the store's own failures make it unready; anything else is one bad batch.
            _health.ReportFailure(exception.Message, _time.GetUtcNow());
        }

        Close();
        foreach (var pending in batch)
        {
            pending.Complete(AppendResult.Unavailable);
        }
    }

    private void Open()
    {
        try
        {
            _connection = SqliteConnections.OpenWriter(_options);
            SqliteSchema.Apply(_connection);
            _appender = new SqliteAppender(_connection);
        }
        catch
        {
            Close();
            throw;
        }
    }

    private void Close()
    {
        _appender?.Dispose();
        _appender = null;
        _connection?.Dispose();
        _connection = null;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Journal commit of {Count} entries failed (SQLite error {ErrorCode}/{ExtendedErrorCode}, {ExceptionType}: {Error}); they were not acknowledged")]
    private static partial void LogCommitFailed(ILogger logger, int count, int errorCode, int extendedErrorCode, string exceptionType, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Journal writes succeed again")]
    private static partial void LogRecovered(ILogger logger);
}
