using System.Text;
using Adapter.Engine.Journal;

namespace Adapter.Engine.Tests.Support;

/// <summary>Journal entries as the intake would make them, for a small message whose header and content the test chooses.</summary>
internal static class JournalEntries
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 20, 14, 15, 30, TimeSpan.FromHours(-5));

    public static JournalEntry Received(string controlId, string content = "OBX|1|NM|2345-7^Glucose^LN||112", string application = "LAB", string facility = "FAC") => new()
    {
        Source = "lab-in",
        RemoteAddress = "10.1.2.3:50123",
        ReceivedAt = ReceivedAt,
        Raw = Encoding.ASCII.GetBytes($"MSH|^~\\&|{application}|{facility}|ADAPTER|HOSP|20261120141530||ORU^R01^ORU_R01|{controlId}|P|2.5.1\r{content}\r"),
        Identity = new MessageIdentity(application, facility, "ORU^R01", controlId, "2.5.1"),
        Status = MessageStatus.Received,
        AckCode = "AA",
        Ack = Ack("AA", controlId, "ACK-1"),
    };

    public static JournalEntry Rejected(string controlId, string content = "OBX|1|NM|2345-7^Glucose^LN||112") =>
        Received(controlId, content) with
        {
            Status = MessageStatus.Rejected,
            AckCode = "AR",
            Ack = Ack("AR", controlId, "ACK-R"),
            Reason = "MSH-12: MSH-12 (version id) 9.9 is not accepted here. (203 Unsupported version id)",
        };

    public static byte[] Ack(string code, string controlId, string ackControlId) =>
        Encoding.ASCII.GetBytes($"MSH|^~\\&|ADAPTER|HOSP|LAB|FAC|20261120141531||ACK^R01^ACK|{ackControlId}|P|2.5.1\rMSA|{code}|{controlId}\r");
}
