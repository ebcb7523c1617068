using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Engine.Tests.Support;

/// <summary>A real <see cref="SqliteJournal"/> on a file in a temp directory, with fake time and test meters.</summary>
internal sealed class JournalHarness : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteJournalOptions _options;

    public JournalHarness(int maxBatchSize = 256)
    {
        _options = new SqliteJournalOptions
        {
            DatabasePath = _directory.File("journal.db"),
            BusyTimeout = TimeSpan.FromSeconds(1),
            MaxBatchSize = maxBatchSize,
        };
        Journal = Open();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    public TestMeterFactory Meters { get; } = new();

    public string DatabasePath => _options.DatabasePath;

    public SqliteJournal Journal { get; private set; }

    public MetricCollector<T> Collect<T>(string instrumentName)
        where T : struct => new(Meters, JournalMetrics.MeterName, instrumentName);

    /// <summary>Closes the journal as a stopping service would, and opens the same file again.</summary>
    public async Task ReopenAsync()
    {
        await Journal.DisposeAsync();
        Journal = Open();
    }

    public async Task<IReadOnlyList<JournalRecord>> ListAsync(JournalQuery? query = null) =>
        await Journal.ListAsync(query ?? new JournalQuery(), CancellationToken.None);

    public async Task<JournalMessage> FindAsync(long id) =>
        await Journal.FindAsync(id, CancellationToken.None) ?? throw new InvalidOperationException($"Message {id} is not in the journal.");

    public async ValueTask DisposeAsync()
    {
        await Journal.DisposeAsync();
        Meters.Dispose();
        _directory.Dispose();
    }

    private SqliteJournal Open() => new(_options, new JournalMetrics(Meters), Time, NullLogger<SqliteJournal>.Instance);
}
