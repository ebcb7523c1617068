namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>Which acknowledgement protocol a receiver speaks.</summary>
public enum Hl7AckMode
{
    /// <summary>One acknowledgement per message: AA, AE or AR.</summary>
    Original,

    /// <summary>A commit acknowledgement (CA, CE, CR) as MSH-15 asks; application acknowledgements as MSH-16 asks.</summary>
    Enhanced,
}
