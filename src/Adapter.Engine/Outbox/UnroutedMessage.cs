using Adapter.Engine.Journal;

namespace Adapter.Engine.Outbox;

/// <summary>A journaled message waiting for the router, with the partners that already have a verdict (a partial replay keeps them).</summary>
/// <param name="Id">The journal id.</param>
/// <param name="Source">The listener (or other source) it came through.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="Identity">Its header identity.</param>
/// <param name="Raw">The message as received.</param>
/// <param name="RoutedPartners">Partners whose verdict stands and are not routed again.</param>
public sealed record UnroutedMessage(
    long Id,
    string Source,
    DateTimeOffset ReceivedAt,
    MessageIdentity Identity,
    ReadOnlyMemory<byte> Raw,
    IReadOnlySet<string> RoutedPartners);
