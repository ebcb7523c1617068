namespace Adapter.EndToEnd.Tests.Support;

/// <summary>Counts from the store at one moment: journaled messages, those not routed yet, and operations by state.</summary>
internal sealed record OutboxProgress(int Messages, int Unrouted, int Operations, int Unfinished, int Succeeded, int DeadLettered)
{
    /// <summary>Everything journaled is routed and every operation has ended.</summary>
    public bool Settled => Unrouted == 0 && Unfinished == 0;

    public override string ToString() =>
        $"{Messages} messages ({Unrouted} not routed), {Operations} operations ({Unfinished} unfinished, {Succeeded} succeeded, {DeadLettered} dead-lettered)";
}
