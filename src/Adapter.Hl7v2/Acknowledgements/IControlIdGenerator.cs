namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>Makes MSH-10 values for messages we send. Injected, so tests can predict them.</summary>
public interface IControlIdGenerator
{
    string Next();
}
