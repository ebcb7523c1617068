namespace Adapter.Engine.Routing;

/// <summary>
/// Where an exception was thrown (<c>Type.Method</c>), for a log line that must find a defect
/// without the exception's message, which may quote a value from the message being processed.
/// </summary>
internal static class ExceptionSites
{
    public static string Of(Exception exception) =>
        exception.TargetSite is { } site ? $"{site.DeclaringType?.Name}.{site.Name}" : "unknown";
}
