namespace Adapter.Host.Mllp;

/// <summary>An accepted sender: MSH-3.1 sending application and MSH-4.1 sending facility; an absent value matches any.</summary>
public sealed record MllpSenderOptions
{
    public string? Application { get; init; }

    public string? Facility { get; init; }
}
