using System.Collections.Concurrent;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>What a round's senders send: first the given resends (identical bytes), then new messages.</summary>
internal sealed class MessageQueue(MessageFactory factory, IEnumerable<TestMessage> resends)
{
    private readonly ConcurrentQueue<TestMessage> _resends = new(resends);

    public TestMessage Next() => _resends.TryDequeue(out var resend) ? resend : factory.Next();
}
