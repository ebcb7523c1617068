using Adapter.Hl7v2.Structures;
using Adapter.Hl7v2.Tests.Support;

namespace Adapter.Hl7v2.Tests.Structures;

public sealed class StructureMatcherTests
{
    /// <summary>Renders a group tree as one line: GROUP(SEG SEG GROUP(...)), unexpected segments marked with '!'.</summary>
    private static string Shape(Hl7Group group) =>
        $"{group.Name}({string.Join(' ', group.Children.Select(child => child switch
        {
            Hl7Group inner => Shape(inner),
            Hl7SegmentNode { IsUnexpected: true } node => node.Segment.Id + "!",
            Hl7SegmentNode node => node.Segment.Id,
            _ => "?",
        }))})";

    [Fact]
    public void Structure_OruWithTwoOrders_GroupsEachObrUnderItsOwnOrc()
    {
        var message = Messages.Parse(
            Messages.Msh, "PID|1", "PV1|1", "ORC|RE", "OBR|1", "NTE|1", "OBX|1", "NTE|1", "OBX|2", "SPM|1", "OBX|3", "ORC|RE", "OBR|2", "OBX|1");

        Assert.Equal(
            "ORU_R01(MSH PATIENT_RESULT(PATIENT(PID VISIT(PV1)) ORDER_OBSERVATION(ORC OBR NTE OBSERVATION(OBX NTE) OBSERVATION(OBX) SPECIMEN(SPM OBX)) ORDER_OBSERVATION(ORC OBR OBSERVATION(OBX))))",
            Shape(message.Structure));
    }

    [Fact]
    public void Structure_ZSegmentsAndOutOfOrderSegments_StayWhereTheyWereSent()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1", "ZPI|custom", "OBR|1", "OBX|1", "ZOB|x", "PV1|late", "OBX|2");

        Assert.Equal(
            "ORU_R01(MSH PATIENT_RESULT(PATIENT(PID ZPI!) ORDER_OBSERVATION(OBR OBSERVATION(OBX ZOB! PV1!) OBSERVATION(OBX))))",
            Shape(message.Structure));
        Assert.Equal(8, message.Structure.Segments().Count());
    }

    [Fact]
    public void Structure_SecondPid_StartsANewPatientResult()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1", "OBR|1", "OBX|1", "PID|2", "OBR|1", "OBX|1");

        Assert.Equal(2, message.Structure.Groups("PATIENT_RESULT").Count());
    }

    [Fact]
    public void Structure_OrmWithChoiceAndInsurance_GroupsOrderDetail()
    {
        var message = Messages.Parse(
            Messages.Msh.Replace("ORU^R01^ORU_R01", "ORM^O01", StringComparison.Ordinal),
            "PID|1", "PV1|1", "IN1|1", "IN1|2", "ORC|NW", "OBR|1", "NTE|1", "DG1|1", "ORC|NW", "RXO|x", "OBX|1", "NTE|1");

        Assert.Equal(
            "ORM_O01(MSH PATIENT(PID PATIENT_VISIT(PV1) INSURANCE(IN1) INSURANCE(IN1)) ORDER(ORC ORDER_DETAIL(OBR NTE DG1)) ORDER(ORC ORDER_DETAIL(RXO OBSERVATION(OBX NTE))))",
            Shape(message.Structure));
    }

    [Theory]
    [InlineData("ADT^A04")]
    [InlineData("ADT^A08")]
    [InlineData("ADT^A01^ADT_A01")]
    public void Structure_AdtEventsSharingA01_UseTheAdtA01Structure(string msh9)
    {
        var message = Messages.Parse(
            Messages.Msh.Replace("ORU^R01^ORU_R01", msh9, StringComparison.Ordinal),
            "EVN|A04", "PID|1", "NK1|1", "PV1|1", "AL1|1", "IN1|1", "IN2|1");

        Assert.Equal("ADT_A01(MSH EVN PID NK1 PV1 AL1 INSURANCE(IN1 IN2))", Shape(message.Structure));
    }

    [Fact]
    public void Structure_Ack_HasMsaAndErrors()
    {
        var message = Messages.Parse(Messages.Msh.Replace("ORU^R01^ORU_R01", "ACK^R01^ACK", StringComparison.Ordinal), "MSA|AE|X", "ERR||PID^1^3", "ERR||PID^1^5");

        Assert.Equal("ACK(MSH MSA ERR ERR)", Shape(message.Structure));
    }

    [Fact]
    public void Structure_UnknownMessageType_IsFlatAndKeepsEverySegment()
    {
        var message = Messages.Parse(Messages.Msh.Replace("ORU^R01^ORU_R01", "MDM^T02", StringComparison.Ordinal), "EVN|1", "PID|1", "TXA|1", "OBX|1");

        Assert.Equal("MDM_T02(MSH EVN PID TXA OBX)", Shape(message.Structure));
    }

    [Fact]
    public void FindGroup_Occurrence_CountsInMessageOrder()
    {
        var message = Messages.Parse(Messages.Msh, "PID|1", "OBR|1", "OBX|1", "OBR|2", "OBX|1", "OBX|2");

        var second = message.Structure.FindGroup("ORDER_OBSERVATION", 2);

        Assert.NotNull(second);
        Assert.Equal("2", second.FindSegment("OBX", 2).Field(1).Value);
        Assert.Null(message.Structure.FindGroup("ORDER_OBSERVATION", 3));
    }
}
