namespace Adapter.Hl7v2.Mllp;

/// <summary>The MLLP block characters.</summary>
public static class MllpBytes
{
    /// <summary>Start block: vertical tab.</summary>
    public const byte StartBlock = 0x0B;

    /// <summary>First byte of the end block: file separator.</summary>
    public const byte EndBlock = 0x1C;

    /// <summary>Second byte of the end block: carriage return.</summary>
    public const byte CarriageReturn = 0x0D;

    /// <summary>MLLP release 2 commit acknowledgement payload.</summary>
    public const byte Ack = 0x06;

    /// <summary>MLLP release 2 negative commit acknowledgement payload.</summary>
    public const byte Nak = 0x15;
}
