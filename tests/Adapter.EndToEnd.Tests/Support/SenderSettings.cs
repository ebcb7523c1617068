namespace Adapter.EndToEnd.Tests.Support;

/// <summary>How many connections a <see cref="SenderGroup"/> opens, each one's window, and how many messages each sends at most.</summary>
internal sealed record SenderSettings(int Connections, int Window, int Limit = int.MaxValue);
