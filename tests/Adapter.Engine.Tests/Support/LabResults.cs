using System.Text;
using Adapter.Engine.Journal;

namespace Adapter.Engine.Tests.Support;

/// <summary>
/// Small lab ORU^R01 messages whose routing-relevant parts the test chooses: the control id, the
/// order's placer number (the Docus reference id, the QUBS appointment id), the result status
/// (OBR-25) and the patient's email.
/// </summary>
internal static class LabResults
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 20, 14, 15, 30, TimeSpan.Zero);

    public static string Er7(string controlId, string placer, string status = "F", string? email = "alpha.testpatient@example.org", string glucose = "112") =>
        $"MSH|^~\\&|LAB|FAC|ADAPTER|HOSP|20261120141530||ORU^R01^ORU_R01|{controlId}|P|2.5.1\r" +
        $"PID|1||100234567^^^HOSP^MR||TESTPATIENT^ALPHA||19780412|F|||||{(email is null ? string.Empty : "^NET^Internet^" + email)}\r" +
        $"ORC|RE|{placer}^EHR||||||||||GH10042^FAMILYDOC^FIONA\r" +
        $"OBR|1|{placer}^EHR|F-{placer}^LIS|24323-8^Comprehensive metabolic panel^LN|||20261120083000|||||||||GH10042^FAMILYDOC^FIONA||||||20261120141200||CH|{status}\r" +
        $"OBX|1|NM|2345-7^Glucose^LN||{glucose}|mg/dL^mg/dL^UCUM|70-99|H|||{status}\r";

    public static JournalEntry Entry(string controlId, string placer, string status = "F", string? email = "alpha.testpatient@example.org", string source = "lab-results", string glucose = "112") => new()
    {
        Source = source,
        RemoteAddress = "10.1.2.3:50123",
        ReceivedAt = ReceivedAt,
        Raw = Encoding.UTF8.GetBytes(Er7(controlId, placer, status, email, glucose)),
        Identity = new MessageIdentity("LAB", "FAC", "ORU^R01", controlId, "2.5.1"),
        Status = MessageStatus.Received,
        AckCode = "AA",
        Ack = JournalEntries.Ack("AA", controlId, "ACK-" + controlId),
    };
}
