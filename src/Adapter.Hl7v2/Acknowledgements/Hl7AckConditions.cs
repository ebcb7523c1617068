using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>HL7 table 0155 (MSH-15, MSH-16): when the sender wants an acknowledgement.</summary>
public static class Hl7AckConditions
{
    /// <summary>
    /// True when the condition asks for an acknowledgement given the outcome: AL always, NE never,
    /// ER on error only, SU on success only. An empty condition means always (the receiver's default).
    /// </summary>
    public static bool Applies(string? condition, bool succeeded) => condition switch
    {
        null or "" or "AL" => true,
        "NE" => false,
        "ER" => !succeeded,
        "SU" => succeeded,
        _ => true,
    };

    /// <summary>Whether a commit (accept) acknowledgement is due for this message (MSH-15).</summary>
    public static bool WantsAccept(Hl7Message message, bool succeeded) =>
        Applies(message.Header.Field(15).Value, succeeded);

    /// <summary>Whether an application acknowledgement is due for this message (MSH-16).</summary>
    public static bool WantsApplication(Hl7Message message, bool succeeded) =>
        Applies(message.Header.Field(16).Value, succeeded);
}
