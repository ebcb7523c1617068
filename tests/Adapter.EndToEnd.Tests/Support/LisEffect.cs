namespace Adapter.EndToEnd.Tests.Support;

/// <summary>What the <see cref="TestLisPartner"/> did once for one idempotency key: created test <paramref name="Id"/> from <paramref name="Body"/>.</summary>
internal sealed record LisEffect(string IdempotencyKey, string Id, string Body);
