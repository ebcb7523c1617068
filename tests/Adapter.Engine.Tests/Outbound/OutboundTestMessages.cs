using System.Text;

namespace Adapter.Engine.Tests.Outbound;

/// <summary>Small ORU^R01 results and the acknowledgements a hospital engine sends back, as ER7 with CR separators.</summary>
internal static class OutboundTestMessages
{
    /// <summary>A patient name that must never show up in a log.</summary>
    public const string PatientName = "SENTINEL^PATIENT";

    public static byte[] Oru(string controlId) => Encoding.ASCII.GetBytes(
        $"MSH|^~\\&|ADAPTER|PARTNER|EMR|GOODHEALTH|20250301101500||ORU^R01^ORU_R01|{controlId}|P|2.5.1\r" +
        $"PID|1||4455667^^^GOODHEALTH^MR||{PatientName}||19700101|F\r" +
        "OBR|1|ORD1|RES1|24331-1^Lipid panel^LN|||20250301090000\r" +
        "OBX|1|NM|2093-3^Cholesterol^LN||182|mg/dL|<200||||F\r");

    public static byte[] Ack(string code, string acknowledgedControlId, string? errorText = null)
    {
        var ack = "MSH|^~\\&|EMR|GOODHEALTH|ADAPTER|PARTNER|20250301101501||ACK^R01^ACK|HOSPACK1|P|2.5.1\r" +
            $"MSA|{code}|{acknowledgedControlId}\r";
        if (errorText is not null)
        {
            ack += $"ERR||PID^1^3|101^Required field missing^HL70357|E||||{errorText}\r";
        }

        return Encoding.ASCII.GetBytes(ack);
    }
}
