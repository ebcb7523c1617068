namespace Adapter.Engine.Journal;

/// <summary>
/// The header fields that identify an HL7 v2 message, as written in the message (ER7): MSH-3 sending
/// application, MSH-4 sending facility, MSH-9 type, MSH-10 control id, MSH-12 version. Absent
/// fields are empty strings, never null, so the duplicate key compares them as they were sent.
/// </summary>
public sealed record MessageIdentity(
    string SendingApplication,
    string SendingFacility,
    string MessageType,
    string ControlId,
    string Version)
{
    public static MessageIdentity Unknown { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
}
