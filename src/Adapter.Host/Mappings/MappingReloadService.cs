using Adapter.Mapping.Loading;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Mappings;

/// <summary>
/// Polls the mappings folder and rereads it when anything in it changed. A file that no longer
/// validates is not applied (its last good version stays in force); its errors are logged and shown
/// by readiness and the admin API until it is fixed.
/// </summary>
internal sealed partial class MappingReloadService(
    MappingCatalog catalog,
    IOptions<MappingOptions> options,
    TimeProvider time,
    ILogger<MappingReloadService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                CheckOnce();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Rereads the folder if it changed since the last look.</summary>
    internal void CheckOnce()
    {
        string signature;
        try
        {
            signature = FolderSignature.Of(catalog.Directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogFolderUnreadable(logger, exception.GetType().Name);
            return;
        }

        // Compared with what the last read saw, so a change made between the first read and this
        // service's start is not missed.
        if (signature == catalog.LoadedSignature)
        {
            return;
        }

        MappingSnapshot snapshot;
        try
        {
            snapshot = catalog.Reload();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A file caught half-written or locked, or a case the reader did not foresee: what is in
            // force stays, and the next tick reads the folder again.
            LogFolderUnreadable(logger, exception.GetType().Name);
            return;
        }

        foreach (var problem in snapshot.Problems)
        {
            LogProblem(logger, problem.Position.File, problem.Position.Line, problem.Position.Column, problem.Message);
        }

        LogReloaded(logger, snapshot.Version, snapshot.Partners.Count, snapshot.Problems.Count);
    }
}
