using Adapter.Engine.Delivery;
using Adapter.Engine.Journal;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Engine.Outbox;
using Adapter.Engine.Outbox.Sqlite;
using Adapter.Engine.Routing;
using Adapter.Fhir.Conversion;
using Adapter.Mapping.Loading;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Adapter.Engine.Tests.Support;

/// <summary>
/// The journal and the outbox on one real SQLite file, with partner mappings loaded from files in a
/// temp folder and a fake clock: append messages as the listener does, route them as the service does.
/// </summary>
internal sealed class OutboxHarness : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteJournalOptions _options;

    public OutboxHarness(params (string File, string Yaml)[] mappings)
    {
        _options = new SqliteJournalOptions { DatabasePath = _directory.File("adapter.db"), BusyTimeout = TimeSpan.FromSeconds(5) };
        Journal = new SqliteJournal(_options, new JournalMetrics(Meters), Time, NullLogger<SqliteJournal>.Instance);
        Store = new SqliteOutboxStore(_options);
        var folder = Directory.CreateDirectory(_directory.File("mappings")).FullName;
        foreach (var (file, yaml) in mappings)
        {
            File.WriteAllText(Path.Combine(folder, file), yaml);
        }

        Catalog = new MappingCatalog(folder, new MappingLoader(name => TestMappings.Environment.GetValueOrDefault(name)), Time);
        var loaded = Catalog.Reload();
        if (loaded.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Problems));
        }

        Router = new RoutingWorker(Store, new MessageRouter(new V2ToFhirConverter(V2ToFhirOptions.Default, Time), Time), () => Catalog.Current, new WorkSignal(Time), OperationsAdded, TimeSpan.FromMilliseconds(50), Time, NullLogger<RoutingWorker>.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 19, 16, 0, TimeSpan.Zero));

    public TestMeterFactory Meters { get; } = new();

    public SqliteJournal Journal { get; }

    public SqliteOutboxStore Store { get; }

    public MappingCatalog Catalog { get; }

    public RoutingWorker Router { get; }

    public WorkSignal OperationsAdded { get; } = new();

    public SqliteJournalOptions Options => _options;

    public string MappingsFolder => Catalog.Directory;

    public async Task<long> AppendAsync(JournalEntry entry)
    {
        var result = await Journal.AppendAsync(entry, CancellationToken.None);
        return result.MessageId;
    }

    /// <summary>Routes every message waiting for it, as the routing worker's loop does.</summary>
    public async Task RouteAllAsync()
    {
        foreach (var message in await Store.ListUnroutedAsync(1000, CancellationToken.None))
        {
            await Router.RouteAsync(message, CancellationToken.None);
        }
    }

    public async Task<MessageStatus> StatusOfAsync(long messageId) =>
        (await Journal.FindAsync(messageId, CancellationToken.None))!.Record.Status;

    public async Task<JournalMessage> FindAsync(long messageId) =>
        await Journal.FindAsync(messageId, CancellationToken.None) ?? throw new InvalidOperationException($"No message {messageId}.");

    public Task<IReadOnlyList<OutboxOperation>> OperationsAsync(long messageId) => Store.ListOperationsAsync(messageId, CancellationToken.None);

    public Task<IReadOnlyList<OutboxRoute>> RoutesAsync(long messageId) => Store.ListRoutesAsync(messageId, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        await Journal.DisposeAsync();
        Meters.Dispose();
        _directory.Dispose();
    }
}
