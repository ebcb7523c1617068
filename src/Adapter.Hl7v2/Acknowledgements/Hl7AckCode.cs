namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>HL7 table 0008, acknowledgment codes (MSA-1).</summary>
public enum Hl7AckCode
{
    /// <summary>Original mode: application accept.</summary>
    AA,

    /// <summary>Original mode: application error.</summary>
    AE,

    /// <summary>Original mode: application reject.</summary>
    AR,

    /// <summary>Enhanced mode: commit accept.</summary>
    CA,

    /// <summary>Enhanced mode: commit error.</summary>
    CE,

    /// <summary>Enhanced mode: commit reject.</summary>
    CR,
}
