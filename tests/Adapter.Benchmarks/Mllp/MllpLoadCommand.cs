using System.CommandLine;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Benchmarks.Mllp;

/// <summary>
/// <c>mllp [--to HOST:PORT] [--connections C] [--window W] [--messages N | --duration SECONDS] [--warmup SECONDS] [--file PATH]</c>:
/// load an MLLP listener and report throughput and acknowledgement latency.
/// </summary>
internal static class MllpLoadCommand
{
    /// <summary>Exit code when any acknowledgement was missing, negative or out of step.</summary>
    public const int AckErrors = 1;

    /// <summary>Exit code when the message file is not a usable HL7 v2 message.</summary>
    public const int BadMessage = 2;

    /// <summary>Exit code when a connection could not be opened.</summary>
    public const int ConnectFailed = 3;

    public static RootCommand Create()
    {
        var to = new Option<string>("--to") { Description = "The listener, as HOST:PORT.", DefaultValueFactory = _ => "127.0.0.1:2575" };
        var connections = new Option<int>("--connections", "-c") { Description = "Connections sending at once.", DefaultValueFactory = _ => 1 };
        var window = new Option<int>("--window", "-w") { Description = "Unacknowledged messages per connection; 1 is a closed loop.", DefaultValueFactory = _ => 1 };
        var messages = new Option<long?>("--messages", "-n") { Description = "Messages to measure after the warmup (instead of --duration)." };
        var duration = new Option<double?>("--duration", "-d") { Description = "Seconds to measure after the warmup (default 20)." };
        var warmup = new Option<double>("--warmup") { Description = "Seconds of load first, left out of the figures.", DefaultValueFactory = _ => 5 };
        var file = new Option<FileInfo>("--file", "-f") { Description = "The message to send, each time with its own MSH-10.", DefaultValueFactory = _ => new FileInfo(BenchFiles.PathOf("oru_r01.hl7") ?? "oru_r01.hl7") };
        var command = new RootCommand("MLLP load generator: sends a message over and over and measures the acknowledgements.")
        {
            to, connections, window, messages, duration, warmup, file,
        };
        // Every error is listed, not only the first.
        Require(to, value => TryParseTarget(value, out _, out _), "--to must be HOST:PORT, for example 127.0.0.1:2575.");
        Require(connections, value => value >= 1, "--connections must be at least 1.");
        Require(window, value => value >= 1, "--window must be at least 1.");
        Require(messages, value => value >= 1, "--messages must be at least 1.");
        Require(duration, value => value > 0, "--duration must be more than 0 seconds.");
        Require(warmup, value => value >= 0, "--warmup must not be negative.");
        Require(file, value => value.Exists, "--file must name an existing file.");
        duration.Validators.Add(result =>
        {
            if (result.GetResult(messages) is not null)
            {
                result.AddError("Give --messages or --duration, not both.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            TryParseTarget(result.GetRequiredValue(to), out var host, out var port);
            var options = new MllpLoadOptions
            {
                Host = host,
                Port = port,
                FilePath = result.GetRequiredValue(file).FullName,
                // The composition root picks the run's identity: control ids differ from any earlier run's.
                RunPrefix = Guid.NewGuid().ToString("N")[..UniqueControlIds.PrefixLength].ToUpperInvariant(),
                Connections = result.GetValue(connections),
                Window = result.GetValue(window),
                Messages = result.GetValue(messages),
                Duration = TimeSpan.FromSeconds(result.GetValue(duration) ?? 20),
                Warmup = TimeSpan.FromSeconds(result.GetValue(warmup)),
            };
            return await RunAsync(options, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(MllpLoadOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Ctrl+C or SIGTERM stops sending; what was sent is still awaited and reported. A second one ends the process.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => Stop(signal, stopping));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => Stop(signal, stopping));
        MllpLoadReport report;
        try
        {
            report = await new MllpLoadGenerator(options).RunAsync(stopping.Token);
        }
        catch (Exception exception) when (exception is InvalidDataException or Hl7ParseException)
        {
            await error.WriteLineAsync($"{options.FilePath}: {exception.Message}");
            return BadMessage;
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException)
        {
            await error.WriteLineAsync($"Could not connect to {options.Host}:{options.Port}: {exception.Message}");
            return ConnectFailed;
        }

        report.WriteTo(output);
        return report.ErrorCount == 0 ? 0 : AckErrors;
    }

    private static void Stop(PosixSignalContext signal, CancellationTokenSource stopping)
    {
        signal.Cancel = !stopping.IsCancellationRequested;
        stopping.Cancel();
    }

    private static void Require<T>(Option<T> option, Func<T, bool> isValid, string error) =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() is not { } value || !isValid(value))
            {
                result.AddError(error);
            }
        });

    private static bool TryParseTarget(string? value, out string host, out int port)
    {
        var colon = value?.LastIndexOf(':') ?? -1;
        host = colon > 0 ? value![..colon].Trim('[', ']') : string.Empty;
        port = 0;
        return colon > 0
            && int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port is > 0 and <= 65535;
    }
}
