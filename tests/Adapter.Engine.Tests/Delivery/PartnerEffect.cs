namespace Adapter.Engine.Tests.Delivery;

/// <summary>A request the <see cref="TestPartner"/> applied: what a real partner would have stored, once per key.</summary>
/// <param name="Sequence">The order effects were applied in, from 1.</param>
/// <param name="IdempotencyKey">The key it was applied under.</param>
/// <param name="Path">The request path.</param>
/// <param name="Body">The request body.</param>
/// <param name="AppliedAt">When it was applied.</param>
internal sealed record PartnerEffect(int Sequence, string IdempotencyKey, string Path, string Body, DateTimeOffset AppliedAt);
