using System.Net;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Health;

/// <summary>/health/live answers while the process runs; /health/ready once the store is writable and every listener is bound.</summary>
public sealed class HealthEndpointsTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_AfterStart_200Healthy(string path)
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:lab:Port=0");

        using var response = await adapter.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetLive_StoreLocked_200()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        using var locked = DatabaseLock.Hold(adapter.DatabasePath);

        using var live = await adapter.Http.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
