using System.Collections.Frozen;
using static Adapter.Hl7v2.Structures.StructureSyntax;

namespace Adapter.Hl7v2.Structures;

/// <summary>The v2.5.1 message structures the adapter groups: ORU_R01, ORM_O01, ADT_A01 and ACK.</summary>
internal static class MessageStructures
{
    private static readonly GroupRule OruR01 = Group(
        "ORU_R01",
        Seg("MSH"),
        OptRep("SFT"),
        RepGroup(
            "PATIENT_RESULT",
            OptGroup("PATIENT", Seg("PID"), Opt("PD1"), OptRep("NTE"), OptRep("NK1"), OptGroup("VISIT", Seg("PV1"), Opt("PV2"))),
            RepGroup(
                "ORDER_OBSERVATION",
                Opt("ORC"),
                Seg("OBR"),
                OptRep("NTE"),
                OptRepGroup("TIMING_QTY", Seg("TQ1"), OptRep("TQ2")),
                Opt("CTD"),
                OptRepGroup("OBSERVATION", Seg("OBX"), OptRep("NTE")),
                OptRep("FT1"),
                OptRep("CTI"),
                OptRepGroup("SPECIMEN", Seg("SPM"), OptRep("OBX")))),
        Opt("DSC"));

    private static readonly GroupRule OrmO01 = Group(
        "ORM_O01",
        Seg("MSH"),
        OptRep("NTE"),
        OptGroup(
            "PATIENT",
            Seg("PID"),
            Opt("PD1"),
            OptRep("NTE"),
            OptGroup("PATIENT_VISIT", Seg("PV1"), Opt("PV2")),
            OptRepGroup("INSURANCE", Seg("IN1"), Opt("IN2"), Opt("IN3")),
            Opt("GT1"),
            OptRep("AL1")),
        RepGroup(
            "ORDER",
            Seg("ORC"),
            OptGroup(
                "ORDER_DETAIL",
                OneOf("OBR", "RQD", "RQ1", "RXO", "ODS", "ODT"),
                OptRep("NTE"),
                Opt("CTD"),
                OptRep("DG1"),
                OptRepGroup("OBSERVATION", Seg("OBX"), OptRep("NTE"))),
            OptRep("FT1"),
            OptRep("CTI"),
            Opt("BLG")));

    private static readonly GroupRule AdtA01 = Group(
        "ADT_A01",
        Seg("MSH"),
        OptRep("SFT"),
        Seg("EVN"),
        Seg("PID"),
        Opt("PD1"),
        OptRep("ROL"),
        OptRep("NK1"),
        Seg("PV1"),
        Opt("PV2"),
        OptRep("ROL"),
        OptRep("DB1"),
        OptRep("OBX"),
        OptRep("AL1"),
        OptRep("DG1"),
        Opt("DRG"),
        OptRepGroup("PROCEDURE", Seg("PR1"), OptRep("ROL")),
        OptRep("GT1"),
        OptRepGroup("INSURANCE", Seg("IN1"), Opt("IN2"), OptRep("IN3"), OptRep("ROL")),
        Opt("ACC"),
        Opt("UB1"),
        Opt("UB2"),
        Opt("PDA"));

    private static readonly GroupRule Ack = Group("ACK", Seg("MSH"), OptRep("SFT"), Seg("MSA"), OptRep("ERR"));

    private static readonly FrozenDictionary<string, GroupRule> ById = new[] { OruR01, OrmO01, AdtA01, Ack }
        .ToFrozenDictionary(rule => rule.Name, StringComparer.Ordinal);

    // Table 0354: the trigger events that share a structure.
    private static readonly FrozenDictionary<string, string> ByEvent = new Dictionary<string, string>
    {
        ["ORU^R01"] = "ORU_R01",
        ["ORM^O01"] = "ORM_O01",
        ["ADT^A01"] = "ADT_A01",
        ["ADT^A04"] = "ADT_A01",
        ["ADT^A08"] = "ADT_A01",
        ["ADT^A13"] = "ADT_A01",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The structure for MSH-9: its third component when we know it, else the one table 0354 gives
    /// for the message type and trigger event; null when the adapter has no definition.
    /// </summary>
    public static GroupRule? Find(string messageType, string triggerEvent, string structureId)
    {
        if (ById.TryGetValue(structureId, out var declared))
        {
            return declared;
        }

        if (messageType == "ACK")
        {
            return Ack;
        }

        return ByEvent.TryGetValue($"{messageType}^{triggerEvent}", out var id) ? ById[id] : null;
    }
}
