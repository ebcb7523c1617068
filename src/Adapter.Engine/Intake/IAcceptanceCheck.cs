using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Validation;

namespace Adapter.Engine.Intake;

/// <summary>
/// A check a listener may run on a message before acknowledging it, beyond its header: what it
/// returns is answered as an application error (AE, or CE in enhanced mode) with one ERR per issue,
/// and the message is journaled as rejected with the first as its reason.
/// </summary>
public interface IAcceptanceCheck
{
    /// <summary>The errors that keep this message from being accepted on <paramref name="listener"/>; empty to accept it.</summary>
    IReadOnlyList<Hl7Issue> Check(Hl7Message message, string listener);
}
