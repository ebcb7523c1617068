using System.Diagnostics;
using Adapter.Hl7v2.Mllp;

namespace Adapter.Benchmarks.Mllp;

/// <summary>
/// One load run: opens every connection first, then starts them together, measures after the
/// warmup, and gathers the connections' tallies into a report.
/// </summary>
internal sealed class MllpLoadGenerator(MllpLoadOptions options)
{
    public async Task<MllpLoadReport> RunAsync(CancellationToken cancellationToken)
    {
        var message = ReadMessage(options.FilePath);
        var ids = new UniqueControlIds(message, options.RunPrefix);
        var clients = await ConnectAsync(cancellationToken);
        var connections = new List<MllpLoadConnection>(clients.Count);
        try
        {
            var schedule = new LoadSchedule(Stopwatch.GetTimestamp(), options);
            connections.AddRange(clients.Select(client => new MllpLoadConnection(client, ids, schedule, options.AckTimeout)));
            var runs = connections.Select(connection => Task.Run(() => connection.RunAsync(options.Window, cancellationToken), CancellationToken.None)).ToArray();
            var running = Task.WhenAll(runs);
            var cpuFrom = await CpuTimeAtAsync(schedule.MeasureFrom, running, cancellationToken);
            await running;
            var cpu = new ProcessCpu(Environment.CpuUsage.TotalTime - cpuFrom, Stopwatch.GetElapsedTime(schedule.MeasureFrom));
            return MllpLoadReport.From(options, message.Length, schedule.MeasureFrom, [.. connections.Select(connection => connection.Tally)], cpu);
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    /// <summary>The message file, with LF or CRLF line ends turned into HL7's CR segment terminators.</summary>
    private static byte[] ReadMessage(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = System.Text.Encoding.Latin1.GetString(bytes).Replace("\r\n", "\r", StringComparison.Ordinal).Replace('\n', '\r');
        return System.Text.Encoding.Latin1.GetBytes(text.TrimEnd('\r') + "\r");
    }

    private async Task<List<MllpClient>> ConnectAsync(CancellationToken cancellationToken)
    {
        var clients = new List<MllpClient>(options.Connections);
        try
        {
            for (var i = 0; i < options.Connections; i++)
            {
                clients.Add(await MllpClient.ConnectAsync(options.Host, options.Port, MllpClientOptions.Default, cancellationToken));
            }

            return clients;
        }
        catch
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>This process's CPU time when the measured period begins (the load generator's own cost).</summary>
    private static async Task<TimeSpan> CpuTimeAtAsync(long timestamp, Task running, CancellationToken cancellationToken)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (wait > TimeSpan.Zero)
        {
            // Stopped or failed during the warmup: the report will show no measured messages.
            await Task.WhenAny(Task.Delay(wait, cancellationToken), running);
        }

        return Environment.CpuUsage.TotalTime;
    }
}
