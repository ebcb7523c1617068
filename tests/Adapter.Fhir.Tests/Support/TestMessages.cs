using Adapter.Hl7v2.Parsing;

namespace Adapter.Fhir.Tests.Support;

/// <summary>HL7 v2 test messages written segment by segment, joined with CR as on the wire.</summary>
internal static class TestMessages
{
    /// <summary>An ORU^R01 header; MSH-4 names the sending facility without a universal id.</summary>
    public const string OruHeader = "MSH|^~\\&|LAB|FAC|RCV|RFAC|20240115083000||ORU^R01^ORU_R01|MSG00001|P|2.5.1";

    public const string OrmHeader = "MSH|^~\\&|EHR|FAC|RCV|RFAC|20240115083000||ORM^O01^ORM_O01|MSG00002|P|2.5.1";

    public const string AdtHeader = "MSH|^~\\&|REG|FAC|RCV|RFAC|20240115083000||ADT^A01^ADT_A01|MSG00003|P|2.5.1";

    public const string Patient = "PID|1||12345^^^HOSP^MR||DOE^JOHN^Q||19620315|M|||1 Main St^^Springfield^IL^62701^USA^H";

    /// <summary>A result order: ORC (completed) and OBR with placer PL1 and filler FL1, OBR-7 collected at 08:00, OBR-25 F.</summary>
    public const string Orc = "ORC|RE|PL1^EHR|FL1^LIS||CM";

    public const string Obr = "OBR|1|PL1^EHR|FL1^LIS|24323-8^Metabolic panel^LN|||20240115080000||||||||||||||||||F";

    public static Hl7Message Parse(params string[] segments) => Hl7Message.Parse(string.Join('\r', segments) + "\r");

    /// <summary>An ORU with a patient and one result order, followed by the given segments.</summary>
    public static Hl7Message Result(params string[] segments) => Parse([OruHeader, Patient, Orc, Obr, .. segments]);

    /// <summary>Field <paramref name="number"/> of a segment, parsed inside a minimal message.</summary>
    public static Hl7Element Field(string segment, int number) => Parse(OruHeader, segment)[1].Field(number);
}
