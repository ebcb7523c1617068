using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Adapter.Host.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's status and description, so an
/// operator sees why the adapter is degraded (a mapping file that no longer validates, say).
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new { name = entry.Key, status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
