namespace Adapter.Engine.Outbound;

/// <summary>One thing read from a destination connection: an answer's payload, or how the connection ended.</summary>
internal sealed record InboundFrame(InboundFrameKind Kind, byte[]? Payload = null, Exception? Error = null)
{
    public static InboundFrame Answer(byte[] payload) => new(InboundFrameKind.Answer, payload);

    public static InboundFrame Closed(Exception? error) => new(InboundFrameKind.Closed, Error: error);

    public static InboundFrame Oversized(Exception error) => new(InboundFrameKind.Oversized, Error: error);
}
