using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Adapter.Engine.Delivery;
using Adapter.Engine.Journal.Sqlite;
using Adapter.Engine.Outbound;
using Adapter.Engine.Outbox;
using Adapter.Engine.Outbox.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Adapter.Benchmarks.Outbound;

/// <summary>
/// <c>outbound-drain [--messages N] [--down SECONDS]</c>: queues N messages for a destination that is
/// down, brings it up after the given time, and measures how long the queue takes to drain, whether
/// every message arrived once and in order, and the process's memory while it drains.
/// </summary>
internal static class OutboundDrainCommand
{
    public static RootCommand Create()
    {
        var messages = new Option<int>("--messages", "-n") { Description = "Messages to queue.", DefaultValueFactory = _ => 100_000 };
        var down = new Option<double>("--down") { Description = "Seconds the destination stays down after the queue is filled.", DefaultValueFactory = _ => 5 };
        var command = new RootCommand("Outbound queue drain: N messages queued while the destination is down, then delivered.") { messages, down };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(messages), TimeSpan.FromSeconds(result.GetValue(down)), result.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int count, TimeSpan down, TextWriter output, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("adapter-outbound-drain-");
        try
        {
            using var store = new SqliteOutboxStore(new SqliteJournalOptions { DatabasePath = Path.Combine(directory.FullName, "adapter.db"), BusyTimeout = TimeSpan.FromSeconds(10) });
            var clock = Stopwatch.StartNew();
            for (var start = 1; start <= count; start += 5000)
            {
                var batch = Enumerable.Range(start, Math.Min(5000, count - start + 1)).Select(Message).ToList();
                await store.EnqueueManyAsync(batch, TimeProvider.System.GetUtcNow(), cancellationToken);
            }

            output.WriteLine($"Queued {count} messages in {clock.Elapsed.TotalSeconds:0.0} s; destination down for {down.TotalSeconds:0.#} s.");
            await using var hospital = new AckingHospital();
            var destination = new MllpDestination { Name = "emr", Host = "127.0.0.1", Port = hospital.Port, AckTimeout = TimeSpan.FromSeconds(10) };
            var options = new OutboundOptions { PollInterval = TimeSpan.FromMilliseconds(200), RetryBaseDelay = TimeSpan.FromMilliseconds(500), RetryMaxDelay = TimeSpan.FromSeconds(2) };
            using var meters = new SimpleMeterFactory();
            var worker = new OutboundWorker(store, [destination], options, new RetrySchedule(), new OutboundMetrics(meters, TimeProvider.System), new WorkSignal(), TimeProvider.System, NullLoggerFactory.Instance);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var running = worker.RunAsync(stop.Token);
            await Task.Delay(down, cancellationToken);
            hospital.Start();
            clock.Restart();
            var samples = new List<(double Seconds, long WorkingSet, long Heap)>();
            while (Interlocked.Read(ref hospital.Received) < count && clock.Elapsed < TimeSpan.FromMinutes(30))
            {
                await Task.Delay(1000, cancellationToken);
                samples.Add((clock.Elapsed.TotalSeconds, Environment.WorkingSet, GC.GetTotalMemory(false)));
                if (samples.Count % 10 == 0)
                {
                    output.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0} s: {hospital.Received} received, working set {samples[^1].WorkingSet / 1048576.0:0} MiB, GC heap {samples[^1].Heap / 1048576.0:0} MiB");
                }
            }

            var elapsed = clock.Elapsed;
            await stop.CancelAsync();
            await running;
            var pending = await store.ListOutboundAsync(OutboundStatus.Pending, null, 0, 10, CancellationToken.None);
            var workingSets = samples.Select(sample => sample.WorkingSet / 1048576.0).ToList();
            var heaps = samples.Select(sample => sample.Heap / 1048576.0).ToList();
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Drained {hospital.Received} of {count} in {elapsed.TotalSeconds:0.0} s ({hospital.Received / elapsed.TotalSeconds:0} messages/s); out of order {hospital.OutOfOrder}, repeated {hospital.Repeated}, still pending {pending.Count}."));
            if (samples.Count > 0)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Working set min {workingSets.Min():0} / max {workingSets.Max():0} / last {workingSets[^1]:0} MiB; GC heap min {heaps.Min():0} / max {heaps.Max():0} / last {heaps[^1]:0} MiB ({samples.Count} samples, one a second)."));
            }

            return hospital.Received == count && hospital.OutOfOrder == 0 && pending.Count == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    // Control ids are the sequence, so the hospital can check the order.
    private static NewOutboundMessage Message(int sequence)
    {
        var controlId = sequence.ToString(CultureInfo.InvariantCulture);
        var text = $"MSH|^~\\&|ADAPTER|HOSP|EMR|HOSP|20261120093000||ORU^R01^ORU_R01|{controlId}|P|2.5.1\rPID|1||100234567^^^HOSP^MR||TESTPATIENT^ALPHA\rOBR|1|ORD{controlId}|FIL{controlId}|24323-8^Comprehensive metabolic panel^LN\rOBX|1|RP|LINK^Patient report link^L||https://docus.example/r/{controlId}^^TEXT^HTML\r";
        return new NewOutboundMessage("emr", $"drain/{controlId}", null, controlId, "ORU^R01", Encoding.ASCII.GetBytes(text));
    }
}
