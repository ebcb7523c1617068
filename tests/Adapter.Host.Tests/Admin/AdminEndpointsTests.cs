using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Admin;

/// <summary>The admin API over HTTP: message lists and details as JSON, RFC 7807 problems for errors, and who may call it.</summary>
public sealed class AdminEndpointsTests
{
    [Fact]
    public async Task ListMessages_AfterTwoMessages_JsonSummariesInOrder()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var (accepted, rejected) = (TestMessage.WithUniqueId("OK"), TestMessage.WithUniqueId("BAD") with { Version = "9.9" });
        await using (var connection = await adapter.ConnectAsync())
        {
            await connection.ExchangeAsync(accepted.ToBytes());
            await connection.ExchangeAsync(rejected.ToBytes());
        }

        using var response = await adapter.Http.GetAsync(new Uri("/admin/messages", UriKind.Relative));
        var messages = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, messages.Count);
        Assert.Equal(
            [(accepted.ControlId, "received", "AA"), (rejected.ControlId, "rejected", "AR")],
            messages.Select(message => (message.GetProperty("controlId").GetString(), message.GetProperty("status").GetString(), message.GetProperty("ackCode").GetString())));
        Assert.All(messages, message =>
        {
            Assert.True(message.GetProperty("id").GetInt64() > 0);
            Assert.Equal("default", message.GetProperty("listener").GetString());
            Assert.Equal("ORU^R01", message.GetProperty("messageType").GetString());
            Assert.True(message.GetProperty("receivedAt").TryGetDateTimeOffset(out _));
        });
    }

    [Fact]
    public async Task ListMessages_StatusFilter_OnlyThatStatus()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var rejected = TestMessage.WithUniqueId("BAD") with { Version = "9.9" };
        await using (var connection = await adapter.ConnectAsync())
        {
            await connection.ExchangeAsync(TestMessage.WithUniqueId().ToBytes());
            await connection.ExchangeAsync(rejected.ToBytes());
        }

        var messages = await adapter.Http.GetFromJsonAsync<JsonElement>(new Uri("/admin/messages?status=rejected", UriKind.Relative));

        Assert.Equal(rejected.ControlId, Assert.Single(messages.EnumerateArray()).GetProperty("controlId").GetString());
    }

    [Fact]
    public async Task ListMessages_UnknownStatus_400Problem()
    {
        await using var adapter = await RunningAdapter.StartAsync();

        using var response = await adapter.Http.GetAsync(new Uri("/admin/messages?status=lost", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task FindMessage_Existing_DetailWithRawAckAndHistory()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        var message = TestMessage.WithUniqueId();
        await using (var connection = await adapter.ConnectAsync())
        {
            await connection.ExchangeAsync(message.ToBytes());
            await connection.ExchangeAsync(message.ToBytes());
        }

        var id = Assert.Single(await adapter.ListJournalAsync()).Id;
        var detail = await adapter.Http.GetFromJsonAsync<JsonElement>(new Uri($"/admin/messages/{id}", UriKind.Relative));

        Assert.Equal(message.ControlId, detail.GetProperty("message").GetProperty("controlId").GetString());
        Assert.Equal(message.Text, detail.GetProperty("raw").GetString());
        Assert.StartsWith("MSH|", detail.GetProperty("ack").GetString(), StringComparison.Ordinal);
        Assert.Equal("duplicate", Assert.Single(detail.GetProperty("history").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task FindMessage_Missing_404Problem()
    {
        await using var adapter = await RunningAdapter.StartAsync();

        using var response = await adapter.Http.GetAsync(new Uri("/admin/messages/424242", UriKind.Relative));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("424242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListMessages_ApiKeyConfiguredButNotSent_403Problem()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Admin:ApiKey=test-admin-key");

        using var response = await adapter.Http.GetAsync(new Uri("/admin/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("test-admin-key", HttpStatusCode.OK)]
    [InlineData("wrong-key", HttpStatusCode.Forbidden)]
    [InlineData("test-admin-ke", HttpStatusCode.Forbidden)]
    public async Task ListMessages_ApiKeySent_AllowedOnlyWhenItMatches(string key, HttpStatusCode expected)
    {
        await using var adapter = await RunningAdapter.StartAsync("--Admin:ApiKey=test-admin-key");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin/messages", UriKind.Relative));
        request.Headers.Add("X-API-Key", key);

        using var response = await adapter.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_HealthAndMetricsWithApiKeyConfigured_OpenWithoutKey()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Admin:ApiKey=test-admin-key");

        using var health = await adapter.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var metrics = await adapter.Http.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (health.StatusCode, metrics.StatusCode));
    }
}
