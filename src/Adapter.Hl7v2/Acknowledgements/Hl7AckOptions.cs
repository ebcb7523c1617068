namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>How acknowledgements name their sender.</summary>
public sealed record Hl7AckOptions
{
    public static Hl7AckOptions Default { get; } = new();

    /// <summary>ACK MSH-3; when null the received MSH-5 is used.</summary>
    public string? SendingApplication { get; init; }

    /// <summary>ACK MSH-4; when null the received MSH-6 is used.</summary>
    public string? SendingFacility { get; init; }

    /// <summary>MSH-12 when the received version cannot be read.</summary>
    public string DefaultVersion { get; init; } = "2.5.1";
}
