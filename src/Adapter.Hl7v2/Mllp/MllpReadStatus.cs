namespace Adapter.Hl7v2.Mllp;

/// <summary>What <see cref="MllpFrameReader.TryRead"/> found.</summary>
public enum MllpReadStatus
{
    /// <summary>No complete frame yet; read more bytes.</summary>
    NeedMoreData,

    /// <summary>A complete frame; its payload is the HL7 message.</summary>
    Frame,

    /// <summary>An MLLP release 2 commit acknowledgement (<c>VT ACK FS CR</c>).</summary>
    CommitAck,

    /// <summary>An MLLP release 2 negative commit acknowledgement (<c>VT NAK FS CR</c>).</summary>
    NegativeCommitAck,

    /// <summary>
    /// A frame grew past the maximum size. Its bytes are being discarded without being buffered;
    /// reading resumes after its end block.
    /// </summary>
    Oversized,
}
