namespace Adapter.Host.Health;

/// <summary>Health check tags: <c>ready</c> checks decide /health/ready; /health/live only says the process answers.</summary>
internal static class HealthTags
{
    public const string Ready = "ready";
}
