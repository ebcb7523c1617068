using Adapter.Hl7v2.Parsing;

namespace Adapter.Host.Tests.Support;

/// <summary>Assertions on acknowledgements: MSA-1, MSA-2 and the first ERR's code (ERR-3) and location (ERR-2).</summary>
internal static class AckAssert
{
    public static void Code(Hl7Message ack, string code, string controlId)
    {
        Assert.Equal("ACK", ack.Get("MSH-9.1"));
        Assert.Equal(code, ack.Get("MSA-1"));
        Assert.Equal(controlId, ack.Get("MSA-2"));
    }

    public static void Accepted(Hl7Message ack, string controlId)
    {
        Code(ack, "AA", controlId);
        Assert.False(ack.TryFindSegment("ERR", 1, out _), "An AA carries no ERR segment here.");
    }

    /// <summary>The code, the control id, and ERR-3.1 with ERR-2.1 (segment) and ERR-2.3 (field, empty for the whole segment).</summary>
    public static void Error(Hl7Message ack, string code, string controlId, int errorCode, string segment, int? field)
    {
        Code(ack, code, controlId);
        Assert.Equal(errorCode.ToString(System.Globalization.CultureInfo.InvariantCulture), ack.Get("ERR-3.1"));
        Assert.Equal("HL70357", ack.Get("ERR-3.3"));
        Assert.Equal(segment, ack.Get("ERR-2.1"));
        Assert.Equal(field?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, ack.Get("ERR-2.3"));
        Assert.Equal("E", ack.Get("ERR-4"));
    }
}
