namespace Adapter.Engine.Tests.Outbound;

/// <summary>Waits for something another task makes true (bytes arriving on a socket), within a generous bound.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, limit.Token);
        }
    }
}
