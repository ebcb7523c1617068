using System.Text;

namespace Adapter.Host.Tests.Support;

/// <summary>
/// A small ORU^R01 whose header fields a test can change one at a time; segments end with CR as
/// on the wire. Every value is invented.
/// </summary>
internal sealed record TestMessage
{
    public static readonly IReadOnlyList<string> DefaultBody =
    [
        "PID|1||100234567^^^GOODHEALTH^MR||TESTPATIENT^ALPHA||19800101|F",
        "OBR|1|EHR-ORD-1|LIS-1|24323-8^Comprehensive metabolic panel^LN|||20261120083000-0500",
        "OBX|1|NM|2345-7^Glucose^LN||105|mg/dL|70-99|H|||F",
    ];

    public required string ControlId { get; init; }

    public string EncodingCharacters { get; init; } = "^~\\&";

    public string SendingApplication { get; init; } = "GOODHEALTH_LIS";

    public string SendingFacility { get; init; } = "GOODHEALTH";

    public string ReceivingApplication { get; init; } = "ADAPTER";

    public string ReceivingFacility { get; init; } = "GOODHEALTH";

    public string MessageType { get; init; } = "ORU^R01^ORU_R01";

    public string ProcessingId { get; init; } = "P";

    public string Version { get; init; } = "2.5.1";

    /// <summary>MSH-15; empty means always.</summary>
    public string AcceptAcknowledgment { get; init; } = string.Empty;

    /// <summary>MSH-18.</summary>
    public string Charset { get; init; } = string.Empty;

    public IReadOnlyList<string> Body { get; init; } = DefaultBody;

    public static TestMessage WithUniqueId(string prefix = "T") => new() { ControlId = UniqueId(prefix) };

    /// <summary>At most 20 characters, as v2.5.1 allows for MSH-10.</summary>
    public static string UniqueId(string prefix = "T") => (prefix + Guid.NewGuid().ToString("N"))[..20];

    public string Header =>
        $"MSH|{EncodingCharacters}|{SendingApplication}|{SendingFacility}|{ReceivingApplication}|{ReceivingFacility}|20261120093000-0500||{MessageType}|{ControlId}|{ProcessingId}|{Version}|||{AcceptAcknowledgment}||USA|{Charset}";

    public string Text => string.Concat(new[] { Header }.Concat(Body).Select(segment => segment + "\r"));

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(Text);
}
