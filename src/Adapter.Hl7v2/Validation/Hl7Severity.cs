namespace Adapter.Hl7v2.Validation;

/// <summary>HL7 table 0516, error severity, as sent in ERR-4.</summary>
public enum Hl7Severity
{
    /// <summary>E: the message cannot be processed as sent.</summary>
    Error,

    /// <summary>W: processed, but something is not as it should be.</summary>
    Warning,

    /// <summary>I: for information.</summary>
    Information,
}
