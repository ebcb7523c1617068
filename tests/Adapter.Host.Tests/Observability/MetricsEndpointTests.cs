using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Observability;

/// <summary>/metrics serves the adapter's own instruments in the Prometheus text format, labelled by listener.</summary>
public sealed class MetricsEndpointTests
{
    [Fact]
    public async Task Get_AfterThreeMessages_CountsReceivedAcknowledgedAndTimings()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using (var connection = await adapter.ConnectAsync())
        {
            foreach (var message in Enumerable.Range(0, 3).Select(_ => TestMessage.WithUniqueId()))
            {
                AckAssert.Accepted(await connection.ExchangeAsync(message.ToBytes()), message.ControlId);
            }

            Assert.Equal(1, PrometheusText.Value(await adapter.MetricsAsync(), "adapter_mllp_connections_open", "listener=\"default\""));
        }

        var metrics = await adapter.MetricsAsync();

        Assert.Equal(3, PrometheusText.Value(metrics, "adapter_mllp_messages_received", "listener=\"default\""));
        Assert.Equal(3, PrometheusText.Value(metrics, "adapter_mllp_acks_sent", "code=\"AA\"", "listener=\"default\""));
        Assert.Null(PrometheusText.Value(metrics, "adapter_mllp_acks_sent", "code=\"AR\""));
        Assert.Equal(3, PrometheusText.Value(metrics, "adapter_mllp_ack_duration_count", "listener=\"default\""));
        Assert.Equal(3, PrometheusText.Value(metrics, "adapter_mllp_ack_duration_bucket", "listener=\"default\"", "le=\"+Inf\""));
        Assert.Equal(3, PrometheusText.Value(metrics, "adapter_journal_commit_duration_count"));
        Assert.NotNull(PrometheusText.Value(metrics, "adapter_journal_commit_duration_bucket", "le=\"+Inf\""));
        Assert.True(PrometheusText.Value(metrics, "adapter_journal_size") > 0, "adapter_journal_size should report the database's bytes.");
    }

    [Fact]
    public async Task Get_RejectedMessage_CountedUnderItsCode()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using var connection = await adapter.ConnectAsync();
        var message = TestMessage.WithUniqueId() with { Version = "9.9" };

        Assert.Equal("AR", (await connection.ExchangeAsync(message.ToBytes())).Get("MSA-1"));

        Assert.Equal(1, PrometheusText.Value(await adapter.MetricsAsync(), "adapter_mllp_acks_sent", "code=\"AR\"", "listener=\"default\""));
    }

    [Fact]
    public async Task Get_ConnectionClosed_OpenConnectionsBackToZero()
    {
        await using var adapter = await RunningAdapter.StartAsync();
        await using (var connection = await adapter.ConnectAsync())
        {
            var message = TestMessage.WithUniqueId();
            AckAssert.Accepted(await connection.ExchangeAsync(message.ToBytes()), message.ControlId);
        }

        await Eventually.UntilAsync(
            async () => PrometheusText.Value(await adapter.MetricsAsync(), "adapter_mllp_connections_open", "listener=\"default\"") == 0,
            "adapter_mllp_connections_open to drop to 0");
    }

    [Fact]
    public async Task Get_TwoListeners_SeparateSeries()
    {
        await using var adapter = await RunningAdapter.StartAsync("--Mllp:Listeners:lab:Port=0");
        await using var lab = await adapter.ConnectAsync("lab");
        var message = TestMessage.WithUniqueId();

        AckAssert.Accepted(await lab.ExchangeAsync(message.ToBytes()), message.ControlId);

        var metrics = await adapter.MetricsAsync();
        Assert.Equal(1, PrometheusText.Value(metrics, "adapter_mllp_messages_received", "listener=\"lab\""));
        Assert.Null(PrometheusText.Value(metrics, "adapter_mllp_messages_received", "listener=\"default\""));
        Assert.Equal("lab", Assert.Single(await adapter.ListJournalAsync()).Source);
    }
}
