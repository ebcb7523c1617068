namespace Adapter.EndToEnd.Tests.Support;

/// <summary>One request the <see cref="TestLisPartner"/> received, and how it was answered.</summary>
internal sealed record LisRequest(DateTimeOffset At, string Method, string Path, string IdempotencyKey, string ApiKey, LisFault Fault);
