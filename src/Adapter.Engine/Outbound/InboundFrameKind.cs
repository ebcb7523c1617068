namespace Adapter.Engine.Outbound;

/// <summary>What a destination connection's reading produced.</summary>
internal enum InboundFrameKind
{
    /// <summary>A frame: the answer to the message in flight, or one that came unasked.</summary>
    Answer,

    /// <summary>The engine closed the connection, or it failed; nothing more will come.</summary>
    Closed,

    /// <summary>A frame larger than the destination's limit; nothing more is read.</summary>
    Oversized,
}
