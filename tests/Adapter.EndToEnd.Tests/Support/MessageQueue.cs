using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// What a round's senders send: first the given resends (identical bytes), then new messages from
/// the factory; without a factory (<see cref="Only"/>) the queue ends with the given messages.
/// </summary>
internal sealed class MessageQueue(MessageFactory? factory, IEnumerable<TestMessage> resends)
{
    private readonly ConcurrentQueue<TestMessage> _resends = new(resends);

    /// <summary>A queue of exactly these messages.</summary>
    public static MessageQueue Only(IEnumerable<TestMessage> messages) => new(null, messages);

    public bool TryNext([NotNullWhen(true)] out TestMessage? message)
    {
        if (_resends.TryDequeue(out message))
        {
            return true;
        }

        message = factory?.Next();
        return message is not null;
    }
}
