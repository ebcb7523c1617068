using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Adapter.EndToEnd.Tests.Support;
using Adapter.Engine.Outbox;
using Xunit.Abstractions;
using Xunit.Sdk;
using TestMessage = Adapter.EndToEnd.Tests.Support.TestMessage;

namespace Adapter.EndToEnd.Tests.Durability;

/// <summary>
/// Exactly once in effect at a partner, end to end: the real <c>adapter run</c> with a <c>lis</c>
/// mapping turns every ORU^R01 it acknowledges into one <c>createTest</c> for a test laboratory
/// (<see cref="TestLisPartner"/>) that fails about 30% of calls, some after applying them, and
/// honours <c>Idempotency-Key</c>. A batch of messages is sent a slice per round; each round the
/// adapter is SIGKILLed at a random moment while it receives and delivers, and restarted over the
/// same data directory (messages in doubt are sent again, and every other round some already
/// acknowledged ones too, as duplicates). Finally it is left to finish. Then every
/// acknowledged message has one operation, every operation succeeded, and the laboratory applied
/// exactly one effect per operation's key and nothing else: each retry, timeout and repeat after a
/// kill was absorbed by the key. Set E2E_SEED to replay a run's kill delays and fault sequence
/// (which request meets which fault still depends on arrival order).
/// </summary>
[Collection(AdapterProcessCollection.Name)]
public sealed class DeliveryKillTests : IDisposable
{
    private const int Messages = 200;
    private const int Kills = 12;
    private const int MessagesPerRound = (Messages + Kills - 1) / Kills;
    private const int ResendsOfAcknowledged = 8;
    private const int MaxKillDelayMilliseconds = 2000;
    private const int EarlyKillMilliseconds = 30;
    private const string ApiKey = "e2e-lis-key";
    private const string PatientId = "100234567";
    private const string PlacerNumber = "EHR-ORD-550871";
    private static readonly SenderSettings Load = new(Connections: 4, Window: 4);
    private static readonly TimeSpan TrafficTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(90);

    // Retries within a second or two, an attempt timeout below the partner's 3 s stall, and no
    // dead-lettering or open circuit to end the retrying early.
    private static readonly string[] FastDelivery =
    [
        "--Delivery:PollInterval=00:00:00.100",
        "--Delivery:Defaults:RetryBaseDelay=00:00:00.200",
        "--Delivery:Defaults:RetryMaxDelay=00:00:02",
        "--Delivery:Defaults:AttemptTimeout=00:00:01",
        "--Delivery:Defaults:QuickRetries=1",
        "--Delivery:Defaults:MaxAttempts=1000",
        "--Delivery:Defaults:CircuitMinimumThroughput=1000",
    ];

    private readonly ITestOutputHelper _output;
    private readonly int _seed;
    private readonly Random _random;
    private readonly TestDirectory _data = new();
    private readonly TestDirectory _mappings = new();
    private readonly OutboxProbe _probe;
    private readonly TrafficLedger _ledger = new();
    private readonly List<TestMessage> _batch;
    private int _killsWhileDelivering;
    private int _killsMidCall;

    public DeliveryKillTests(ITestOutputHelper output)
    {
        _output = output;
        _seed = int.TryParse(Environment.GetEnvironmentVariable("E2E_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : Random.Shared.Next();
        _random = new Random(_seed);
        _probe = new OutboxProbe(_data.Path);
        var factory = MessageFactory.FromSample("oru-r01-lab-panel.hl7", "DK");
        _batch = [.. Enumerable.Range(0, Messages).Select(_ => factory.Next())];
        _output.WriteLine($"Seed {_seed}, data directory {_data.Path}");
    }

    [Fact]
    public async Task Run_KilledRepeatedlyWhileDelivering_AppliesEveryAcknowledgedMessageAtThePartnerExactlyOnce()
    {
        // Arrange
        using var testTimeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var clock = Stopwatch.StartNew();
        await using var partner = await TestLisPartner.StartAsync(ApiKey, _seed, testTimeout.Token);
        var launch = await PrepareLaunchAsync(partner, testTimeout.Token);

        // Act
        for (var round = 1; round <= Kills; round++)
        {
            _ledger.Round = round;
            await KillWhileDeliveringAsync(launch, partner, testTimeout.Token);
        }

        _ledger.Round = Kills + 1;
        var exitCode = await RestartUntilSettledAsync(launch, testTimeout.Token);
        var messages = await _probe.MessagesAsync(testTimeout.Token);
        var operations = await OperationsAsync(messages, testTimeout.Token);

        // Assert
        Report(partner, operations, clock.Elapsed);
        AssertJournalMatchesAcknowledgements(messages);
        AssertOneSucceededCreateTestPerMessage(messages, operations);
        AssertPartnerRefusedNothing(partner);
        AssertOneEffectPerOperation(partner, messages, operations);
        Assert.True(exitCode == 0, $"Seed {_seed}: the adapter exited with {exitCode} after SIGTERM.");
        Assert.True(_ledger.Reacknowledged > 0, $"Seed {_seed}: no resend of an acknowledged message was answered; duplicates were not exercised.");
        Assert.True(_killsWhileDelivering >= Kills / 2, $"Seed {_seed}: only {_killsWhileDelivering} of {Kills} kills came before routing and delivery had finished; the test proves little.");
    }

    public void Dispose()
    {
        _data.Dispose();
        _mappings.Dispose();
    }

    private async Task<AdapterLaunch> PrepareLaunchAsync(TestLisPartner partner, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [LisMappingFile.UrlVariable] = partner.BaseUrl,
            [LisMappingFile.KeyVariable] = ApiKey,
        };
        LisMappingFile.Write(_mappings.Path);
        await LisMappingFile.ValidateAsync(_mappings.Path, environment, cancellationToken);
        return new AdapterLaunch([$"--Mappings:Directory={_mappings.Path}", .. FastDelivery], environment);
    }

    /// <summary>Starts the adapter, sends what is in doubt and the next slice of the batch, and SIGKILLs it at a random moment after the first ACK.</summary>
    private async Task KillWhileDeliveringAsync(AdapterLaunch launch, TestLisPartner partner, CancellationToken cancellationToken)
    {
        var inDoubt = _ledger.InDoubt();
        var fresh = Unsent().Take(MessagesPerRound).ToList();
        var resent = _ledger.Round % 2 == 0 ? PickAcknowledged() : [];
        var before = _ledger.AcknowledgedCount;
        await using var adapter = await AdapterProcess.StartAsync(_data.Path, launch, cancellationToken);
        var senders = SenderGroup.Start(adapter, MessageQueue.Only([.. inDoubt, .. resent, .. fresh]), _ledger, Load, cancellationToken);
        if (inDoubt.Count + fresh.Count > 0)
        {
            await senders.WaitForAcknowledgedAsync(before + 1, TrafficTimeout, cancellationToken);
        }

        // One round in four is killed while the slice is still being answered, so some messages are in doubt.
        var delay = _random.Next(4) == 0 ? _random.Next(0, EarlyKillMilliseconds) : _random.Next(0, MaxKillDelayMilliseconds + 1);
        await Task.Delay(delay, cancellationToken);
        var atKill = await _probe.ProgressAsync(cancellationToken);
        var calls = partner.InFlight;
        await adapter.KillAsync(cancellationToken);
        await senders.WhenEndedAsync(TrafficTimeout, cancellationToken);
        _killsWhileDelivering += atKill.Settled ? 0 : 1;
        _killsMidCall += calls > 0 ? 1 : 0;
        _output.WriteLine(
            $"Round {_ledger.Round,2}: killed {delay,4} ms after the first ACK with {calls} call(s) at the partner and {atKill}; " +
            $"{fresh.Count} new, {inDoubt.Count} in doubt and {resent.Count} acknowledged sent, {_ledger.AcknowledgedCount - before} newly acknowledged, {_ledger.InDoubt().Count} in doubt now");
    }

    /// <summary>Starts the adapter once more, sends whatever is still in doubt, waits until every operation has ended, and stops it with SIGTERM.</summary>
    private async Task<int> RestartUntilSettledAsync(AdapterLaunch launch, CancellationToken cancellationToken)
    {
        var remaining = (List<TestMessage>)[.. _ledger.InDoubt(), .. Unsent()];
        await using var adapter = await AdapterProcess.StartAsync(_data.Path, launch, cancellationToken);
        var senders = SenderGroup.Start(adapter, MessageQueue.Only(remaining), _ledger, Load, cancellationToken);
        await senders.WhenEndedAsync(TrafficTimeout, cancellationToken);
        var clock = Stopwatch.StartNew();
        var progress = await _probe.ProgressAsync(cancellationToken);
        while (!progress.Settled)
        {
            if (clock.Elapsed > SettleTimeout)
            {
                throw new XunitException($"Seed {_seed} (replay with E2E_SEED={_seed}): delivery did not settle within {SettleTimeout.TotalSeconds} s: {progress}.\n{adapter.Log}");
            }

            await Task.Delay(200, cancellationToken);
            progress = await _probe.ProgressAsync(cancellationToken);
        }

        var exitCode = await adapter.TerminateAsync(TrafficTimeout, cancellationToken);
        _output.WriteLine(
            $"Restarted: {remaining.Count} in doubt sent again; settled {clock.Elapsed.TotalSeconds:0.0} s after the last ACK with {progress}; " +
            $"exit code {exitCode} after SIGTERM, {adapter.ErrorLines} error lines");
        return exitCode;
    }

    private List<TestMessage> PickAcknowledged()
    {
        var acknowledged = _ledger.Acknowledged().ToArray();
        _random.Shuffle(acknowledged);
        return [.. acknowledged.Take(ResendsOfAcknowledged).Select(_ledger.SentMessage)];
    }

    private IEnumerable<TestMessage> Unsent() => _batch.Where(message => !_ledger.WasSent(message.ControlId));

    private async Task<Dictionary<long, IReadOnlyList<OutboxOperation>>> OperationsAsync(List<JournaledMessage> messages, CancellationToken cancellationToken)
    {
        var operations = new Dictionary<long, IReadOnlyList<OutboxOperation>>();
        foreach (var message in messages)
        {
            operations[message.Id] = await _probe.OperationsAsync(message.Id, cancellationToken);
        }

        return operations;
    }

    private void Report(TestLisPartner partner, Dictionary<long, IReadOnlyList<OutboxOperation>> operations, TimeSpan elapsed)
    {
        var requests = partner.Requests;
        var faults = requests.GroupBy(request => request.Fault).OrderBy(group => group.Key).Select(group => $"{group.Key} {group.Count()}");
        var all = operations.Values.SelectMany(list => list).ToList();
        _output.WriteLine(
            $"Seed {_seed}: {Messages} messages, {_ledger.SentCount} sent, {_ledger.AcknowledgedCount} acknowledged ({_ledger.Reacknowledged} again on resend); " +
            $"{Kills} kills ({_killsWhileDelivering} before routing and delivery had finished, {_killsMidCall} with a call at the partner); " +
            $"{requests.Count} requests ({string.Join(", ", faults)}); {partner.Effects.Applied().Count} effects, {partner.Effects.Absorbed} duplicates absorbed by the key " +
            $"({partner.Effects.AnsweredAgain()} keys asked again after a success answer); " +
            $"{all.Count} operations, {all.Sum(operation => operation.Attempts)} attempts counted (at most {all.DefaultIfEmpty().Max(operation => operation?.Attempts ?? 0)} for one); " +
            $"{elapsed.TotalSeconds:0.0} s in all");
    }

    private void AssertJournalMatchesAcknowledgements(List<JournaledMessage> messages)
    {
        var journaled = messages.Select(message => message.ControlId).ToHashSet(StringComparer.Ordinal);
        var acknowledged = _ledger.Acknowledged();
        Assert.True(_ledger.Problems.Count == 0, Describe("unexpected answers", _ledger.Problems));
        Assert.True(_ledger.InDoubt().Count == 0, Describe("messages still unacknowledged", _ledger.InDoubt().Select(message => message.ControlId)));
        Assert.True(journaled.Count == messages.Count, Describe("control ids journaled more than once", messages.GroupBy(message => message.ControlId).Where(group => group.Count() > 1).Select(group => group.Key)));
        Assert.True(acknowledged.All(journaled.Contains), Describe("control ids acknowledged but not journaled", acknowledged.Where(id => !journaled.Contains(id))));
        Assert.True(journaled.All(id => _ledger.AcknowledgedIn(id) > 0), Describe("control ids journaled but never acknowledged", journaled.Where(id => _ledger.AcknowledgedIn(id) == 0)));
    }

    private void AssertOneSucceededCreateTestPerMessage(List<JournaledMessage> messages, Dictionary<long, IReadOnlyList<OutboxOperation>> operations)
    {
        var wrong = messages
            .Where(message => operations[message.Id] is not [{ Partner: LisMappingFile.Partner, Operation: LisMappingFile.Operation, Status: OperationStatus.Succeeded }] || message.Status != "delivered")
            .Select(message => $"{message.ControlId} ({message.Status}: {string.Join("; ", operations[message.Id].Select(Row))})");
        Assert.True(!wrong.Any(), Describe("messages without exactly one succeeded createTest", wrong));
    }

    private void AssertPartnerRefusedNothing(TestLisPartner partner)
    {
        var refused = partner.Requests.Where(request => request.Fault is LisFault.WrongApiKey or LisFault.NoIdempotencyKey or LisFault.NotFound);
        Assert.True(!refused.Any(), Describe("requests the partner refused", refused.Select(request => $"{request.Fault} {request.Method} {request.Path} key '{request.IdempotencyKey}'")));
    }

    /// <summary>The effects are exactly the operations' keys, and each comes from an acknowledged and journaled message.</summary>
    private void AssertOneEffectPerOperation(TestLisPartner partner, List<JournaledMessage> messages, Dictionary<long, IReadOnlyList<OutboxOperation>> operations)
    {
        var controlIds = messages.ToDictionary(message => message.Id, message => message.ControlId);
        var byKey = operations.Values.SelectMany(list => list).ToDictionary(operation => operation.IdempotencyKey, StringComparer.Ordinal);
        var applied = partner.Effects.Applied();
        var strays = applied.Keys.Where(key => !byKey.TryGetValue(key, out var operation) || _ledger.AcknowledgedIn(controlIds[operation.MessageId]) == 0);
        Assert.True(!strays.Any(), Describe("effects for no acknowledged and journaled message", strays.Select(key => $"{key} [{History(partner, key)}]")));
        var missing = byKey.Values.Where(operation => !applied.ContainsKey(operation.IdempotencyKey));
        Assert.True(!missing.Any(), Describe("operations the partner never applied", missing.Select(operation => $"{controlIds[operation.MessageId]} {Row(operation)} [{History(partner, operation.IdempotencyKey)}]")));
        Assert.True(applied.Count == _ledger.AcknowledgedCount, $"Seed {_seed}: {applied.Count} effects for {_ledger.AcknowledgedCount} acknowledged messages.");
        var unanswered = byKey.Values.Where(operation => partner.Effects.SuccessAnswers(operation.IdempotencyKey) == 0);
        Assert.True(!unanswered.Any(), Describe("operations recorded succeeded that the partner never answered with success", unanswered.Select(operation => $"{Row(operation)} [{History(partner, operation.IdempotencyKey)}]")));
        var unknownKeys = partner.Requests.Select(request => request.IdempotencyKey).Where(key => !byKey.ContainsKey(key)).Distinct(StringComparer.Ordinal);
        Assert.True(!unknownKeys.Any(), Describe("idempotency keys sent that the outbox does not hold", unknownKeys));
        var badBodies = applied.Values.Where(effect => !HasExpectedFields(effect.Body));
        Assert.True(!badBodies.Any(), Describe("effects with an unexpected body", badBodies.Select(effect => $"{effect.IdempotencyKey}: {effect.Body}")));
    }

    private static bool HasExpectedFields(string body) =>
        JsonNode.Parse(body) is JsonObject json
            && json["patientID"]?.GetValue<string>() == PatientId
            && json["externalTestID"]?.GetValue<string>() == PlacerNumber
            && json["result"]?.GetValue<string>() is { Length: > 0 };

    /// <summary>Every request the partner got with this key: when, and how it was answered.</summary>
    private static string History(TestLisPartner partner, string key) =>
        string.Join(", ", partner.Requests.Where(request => request.IdempotencyKey == key).Select(request => $"{request.At:HH:mm:ss.fff} {request.Fault}"));

    private static string Row(OutboxOperation operation) =>
        $"#{operation.Id} {operation.Partner} {operation.Operation} key {operation.IdempotencyKey} {operation.Status} after {operation.Attempts} attempt(s), last {operation.LastStatusCode} {operation.LastError}";

    private string Describe(string what, IEnumerable<string> items)
    {
        var list = items.ToList();
        return $"Seed {_seed} (replay with E2E_SEED={_seed}): {list.Count} {what}: {string.Join(", ", list.Take(20))}{(list.Count > 20 ? ", ..." : string.Empty)}";
    }
}
