using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Parsing;

/// <summary>
/// The one exception the parser throws: the input cannot be read as ER7. The message is a single
/// plain sentence that says what is wrong and where, and never quotes message content.
/// </summary>
public sealed class Hl7ParseException : FormatException
{
    public Hl7ParseException(Hl7ErrorCode code, string message, long position, Hl7Location? location = null)
        : base(message)
    {
        Code = code;
        Position = position;
        Location = location;
    }

    public Hl7ParseException()
        : this(Hl7ErrorCode.ApplicationInternalError, "The message could not be read.", 0)
    {
    }

    public Hl7ParseException(string message)
        : this(Hl7ErrorCode.ApplicationInternalError, message, 0)
    {
    }

    public Hl7ParseException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = Hl7ErrorCode.ApplicationInternalError;
    }

    /// <summary>The table 0357 code an acknowledgement should carry for this problem.</summary>
    public Hl7ErrorCode Code { get; }

    /// <summary>Byte offset in the input where the problem was found.</summary>
    public long Position { get; }

    /// <summary>The segment and field concerned, when known.</summary>
    public Hl7Location? Location { get; }
}
