namespace Adapter.Engine.Delivery;

/// <summary>
/// Calls one kind of partner (<c>docus-labs</c>, <c>qubs</c>, ...): adds its authentication, sends
/// the request and says what became of it. A connector never retries and never throws for an answer
/// or a network failure: it classifies them (<see cref="HttpDeliveryResults"/> does it for HTTP), and
/// the delivery worker decides.
/// </summary>
public interface IPartnerConnector
{
    /// <summary>The connector kind it serves, as mapping files name it.</summary>
    string Kind { get; }

    Task<DeliveryResult> SendAsync(DeliveryRequest request, CancellationToken cancellationToken);
}
