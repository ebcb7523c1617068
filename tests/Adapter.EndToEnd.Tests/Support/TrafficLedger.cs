using System.Collections.Concurrent;
using Adapter.Hl7v2.Parsing;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// What the senders sent and what came back, shared by every connection of every round: each
/// control id sent, the first positive acknowledgement of each (and the round it came in), how
/// many resends were acknowledged again, and every answer that was not the expected AA or CA.
/// </summary>
internal sealed class TrafficLedger
{
    private readonly ConcurrentDictionary<string, TestMessage> _sent = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Round, byte[] Ack)> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _problems = new();
    private int _reacknowledged;

    public int Round { get; set; }

    public int SentCount => _sent.Count;

    public int AcknowledgedCount => _acknowledged.Count;

    /// <summary>Resends of already acknowledged messages that were acknowledged again (with another ACK than the first, they are also a problem).</summary>
    public int Reacknowledged => Volatile.Read(ref _reacknowledged);

    public IReadOnlyCollection<string> Problems => _problems;

    public bool WasSent(string controlId) => _sent.ContainsKey(controlId);

    public int AcknowledgedIn(string controlId) => _acknowledged.TryGetValue(controlId, out var entry) ? entry.Round : 0;

    public IReadOnlyList<string> Acknowledged() => [.. _acknowledged.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Sent but never acknowledged: in flight when the adapter died. They may or may not be journaled.</summary>
    public IReadOnlyList<TestMessage> InDoubt() =>
        [.. _sent.Values.Where(message => !_acknowledged.ContainsKey(message.ControlId)).OrderBy(message => message.ControlId, StringComparer.Ordinal)];

    public TestMessage SentMessage(string controlId) => _sent[controlId];

    /// <summary>Called before the bytes are written: from then on the message may reach the journal.</summary>
    public void Sending(TestMessage message) => _sent.TryAdd(message.ControlId, message);

    public void Answered(TestMessage message, byte[] ack)
    {
        Hl7Message parsed;
        try
        {
            parsed = Hl7Message.Parse(ack);
        }
        catch (Hl7ParseException exception)
        {
            _problems.Enqueue($"{message.ControlId} answered with something that is not HL7 in round {Round}: {exception.Message}");
            return;
        }

        var code = parsed.Get("MSA-1");
        var answeredId = parsed.Get("MSA-2");
        if (code is not ("AA" or "CA") || answeredId != message.ControlId)
        {
            _problems.Enqueue($"{message.ControlId} answered {code} for MSA-2 {answeredId} in round {Round}");
            return;
        }

        if (_acknowledged.TryAdd(message.ControlId, (Round, ack)))
        {
            return;
        }

        Interlocked.Increment(ref _reacknowledged);
        if (!_acknowledged[message.ControlId].Ack.AsSpan().SequenceEqual(ack))
        {
            _problems.Enqueue($"{message.ControlId} was resent in round {Round} and answered with an ACK other than the original");
        }
    }
}
