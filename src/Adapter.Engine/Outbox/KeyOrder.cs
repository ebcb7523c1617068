namespace Adapter.Engine.Outbox;

/// <summary>An order seen under a partner's ordering key, and whether it is final: what all-orders-final follow-ups wait on.</summary>
/// <param name="Partner">The partner's name.</param>
/// <param name="OrderingKey">The ordering key (a Docus reference id).</param>
/// <param name="OrderId">The order's identifier (placer or filler number).</param>
/// <param name="Final">Whether its results are final (or corrected, or cancelled).</param>
public sealed record KeyOrder(string Partner, string OrderingKey, string OrderId, bool Final);
