using System.Net;
using Adapter.Engine.Intake;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Adapter.Host.Mllp;

/// <summary>One configured listener at run time: its options, intake, allow list, open connections and bound endpoint.</summary>
internal sealed class MllpListener(string name, MllpListenerOptions options, Hl7Intake intake)
{
    private ListenOptions? _listenOptions;
    private int _openConnections;
    private volatile bool _bound;

    public string Name => name;

    public MllpListenerOptions Options => options;

    public Hl7Intake Intake => intake;

    public IpAllowList AllowList { get; } = new(options.AllowedAddresses);

    /// <summary>The endpoint Kestrel bound (with the real port when 0 was configured), or null before it did.</summary>
    public IPEndPoint? BoundEndPoint => _bound ? _listenOptions?.IPEndPoint : null;

    /// <summary>True once the server has started, which it does only after binding every endpoint.</summary>
    public bool IsBound => _bound;

    public void Attach(ListenOptions listenOptions) => _listenOptions = listenOptions;

    public void MarkBound() => _bound = _listenOptions is not null;

    /// <summary>Counts a new connection unless the listener is at its limit.</summary>
    public bool TryOpenConnection()
    {
        if (Interlocked.Increment(ref _openConnections) <= options.MaxConnections)
        {
            return true;
        }

        Interlocked.Decrement(ref _openConnections);
        return false;
    }

    public void CloseConnection() => Interlocked.Decrement(ref _openConnections);
}
