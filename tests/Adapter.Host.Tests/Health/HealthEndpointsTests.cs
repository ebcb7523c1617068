using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Health;

/// <summary>/health/live answers while the process runs; /health/ready once the store is writable and every listener is bound.</summary>
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task GetLive_AfterStart_200Healthy()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:lab:Port=0");

        using var response = await adapter.Http.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetReady_AfterStart_200HealthyWithEachCheck()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:lab:Port=0");

        using var response = await adapter.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks").EnumerateArray().ToDictionary(check => check.GetProperty("name").GetString()!, check => check.GetProperty("description").GetString());
        Assert.Equal("The journal is writable.", checks["journal"]);
        Assert.Equal("2 MLLP listeners bound.", checks["mllp-listeners"]);
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
