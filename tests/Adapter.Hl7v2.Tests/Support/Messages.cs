using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Tests.Support;

/// <summary>Builds test messages from lines, joined with CR as on the wire.</summary>
internal static class Messages
{
    public static string Er7(params string[] segments) => string.Join('\r', segments) + "\r";

    public static Hl7Message Parse(params string[] segments) => Hl7Message.Parse(System.Text.Encoding.UTF8.GetBytes(Er7(segments)));

    public const string Msh = "MSH|^~\\&|LAB|FAC|ADAPTER|HOSP|20261120083000-0500||ORU^R01^ORU_R01|CTRL1|P|2.5.1";
}
