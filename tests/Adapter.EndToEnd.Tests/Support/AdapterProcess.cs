using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit.Sdk;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// One <c>adapter run</c> child process on ports chosen by the system, over a given data directory.
/// Its output is kept (the latest lines) for failure messages; the MLLP port is read from the
/// listener's "listening on" line (event 3010).
/// </summary>
internal sealed class AdapterProcess : IAsyncDisposable
{
    private const int ListeningEventId = 3010;
    private const int KeptLines = 300;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<int> _mllpPort = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _errorLines;

    private AdapterProcess(string dataDirectory, AdapterLaunch launch)
    {
        var info = AdapterCommand.StartInfo(
            dataDirectory,
            [
                "run",
                "--Mllp:Listeners:default:Port=0",
                "--Http:Port=0",
                $"--Store:DataDirectory={dataDirectory}",
                .. launch.Arguments,
            ]);
        foreach (var (name, value) in launch.Environment)
        {
            info.Environment[name] = value;
        }

        _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) => OnLine(line.Data);
        _process.ErrorDataReceived += (_, line) => OnLine(line.Data);
        _process.Exited += (_, _) => _mllpPort.TrySetException(new XunitException($"The adapter exited with code {_process.ExitCode} before its MLLP listener was bound."));
    }

    public int MllpPort => _mllpPort.Task.Result;

    /// <summary>Log lines at level Error or Fatal (Serilog's compact JSON marks them "@l").</summary>
    public int ErrorLines => Volatile.Read(ref _errorLines);

    /// <summary>The latest lines the adapter wrote, for failure messages.</summary>
    public string Log => string.Join('\n', _lines);

    public static Task<AdapterProcess> StartAsync(string dataDirectory, CancellationToken cancellationToken) =>
        StartAsync(dataDirectory, AdapterLaunch.Default, cancellationToken);

    /// <summary>Starts <c>adapter run</c> with the launch's extra arguments (after the standard ones, so they win) and environment.</summary>
    public static async Task<AdapterProcess> StartAsync(string dataDirectory, AdapterLaunch launch, CancellationToken cancellationToken)
    {
        var adapter = new AdapterProcess(dataDirectory, launch);
        adapter._process.Start();
        adapter._process.BeginOutputReadLine();
        adapter._process.BeginErrorReadLine();
        try
        {
            await adapter._mllpPort.Task.WaitAsync(StartTimeout, cancellationToken);
            return adapter;
        }
        catch (Exception exception) when (exception is TimeoutException or XunitException)
        {
            await adapter.DisposeAsync();
            var reason = exception is TimeoutException ? $"The adapter did not bind its MLLP listener within {StartTimeout.TotalSeconds} s." : exception.Message;
            throw new XunitException($"{reason}\n{adapter.Log}");
        }
        catch
        {
            await adapter.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL on Unix: no shutdown code runs.</summary>
    public async Task KillAsync(CancellationToken cancellationToken)
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Asks the adapter to stop as a service manager would (SIGTERM) and returns its exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("SIGTERM is sent with kill(1), which Windows does not have.");
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]) ?? throw new InvalidOperationException("kill(1) did not start."))
        {
            await kill.WaitForExitAsync(cancellationToken);
        }

        try
        {
            await _process.WaitForExitAsync(cancellationToken).WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new XunitException($"The adapter did not stop within {timeout.TotalSeconds} s of SIGTERM.\n{Log}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        // Also waits for the rest of its output, which the failure messages show.
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }

        if (line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || line.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _errorLines);
        }

        if (!_mllpPort.Task.IsCompleted && line.Contains($"\"Id\":{ListeningEventId}", StringComparison.Ordinal))
        {
            try
            {
                _mllpPort.TrySetResult(ReadPort(line));
            }
            catch (Exception exception) when (exception is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                _mllpPort.TrySetException(new XunitException($"Cannot read the MLLP port from: {line}"));
            }
        }
    }

    private static int ReadPort(string line)
    {
        using var json = JsonDocument.Parse(line);
        var endPoint = json.RootElement.GetProperty("EndPoint").GetString();
        return IPEndPoint.Parse(endPoint ?? string.Empty).Port;
    }
}
