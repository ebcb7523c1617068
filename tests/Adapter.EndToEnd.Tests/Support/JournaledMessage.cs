namespace Adapter.EndToEnd.Tests.Support;

/// <summary>One row of the journal's <c>messages</c> table, as the delivery tests need it.</summary>
internal sealed record JournaledMessage(long Id, string ControlId, string Status);
