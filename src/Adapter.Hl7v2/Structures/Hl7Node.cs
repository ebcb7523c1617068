namespace Adapter.Hl7v2.Structures;

/// <summary>A place in a message's structure: a group or a segment.</summary>
public abstract class Hl7Node
{
    private protected Hl7Node()
    {
    }
}
