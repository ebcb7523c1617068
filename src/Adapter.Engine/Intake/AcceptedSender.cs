namespace Adapter.Engine.Intake;

/// <summary>A sender a listener accepts: MSH-3.1 and MSH-4.1 namespace ids; null matches any.</summary>
public sealed record AcceptedSender(string? Application, string? Facility)
{
    public bool Matches(string application, string facility) =>
        (Application is null || string.Equals(Application, application, StringComparison.Ordinal))
        && (Facility is null || string.Equals(Facility, facility, StringComparison.Ordinal));
}
