using Adapter.Engine.Journal;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Adapter.Host.Journal;

/// <summary>
/// Ready while the journal can write. When writes have been failing it tries one, so readiness
/// comes back as soon as the store does, even with no traffic.
/// </summary>
internal sealed class JournalHealthCheck(IMessageJournal journal) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (journal.Health.IsWritable || await journal.ProbeAsync(cancellationToken).ConfigureAwait(false))
        {
            return HealthCheckResult.Healthy("The journal is writable.");
        }

        return HealthCheckResult.Unhealthy($"The journal cannot write since {journal.Health.FailingSince:O}: {journal.Health.LastError}");
    }
}
