using System.Collections.Concurrent;
using Adapter.Engine.Delivery;

namespace Adapter.Host.Tests.Delivery;

/// <summary>A docus-labs connector that sends nothing: it records each request and answers as the test scripts it (success unless told).</summary>
internal sealed class RecordingConnector : IPartnerConnector
{
    private readonly ConcurrentQueue<DeliveryResult> _script = new();

    public string Kind => "docus-labs";

    public ConcurrentQueue<DeliveryRequest> Requests { get; } = new();

    /// <summary>Answers the next calls with these results, in order; then success.</summary>
    public void Script(params DeliveryResult[] results)
    {
        foreach (var result in results)
        {
            _script.Enqueue(result);
        }
    }

    public Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        return Task.FromResult(_script.TryDequeue(out var scripted) ? scripted : DeliveryResult.Succeeded(201, """{"message":"ok"}"""));
    }
}
