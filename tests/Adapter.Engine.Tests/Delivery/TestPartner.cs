using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Adapter.Engine.Tests.Delivery;

/// <summary>
/// A partner API on real Kestrel, loopback port 0, that honours <c>Idempotency-Key</c>: it records
/// every request (arrival time, path, key, body, answer) and applies each key at most once, answering
/// a repeat of an applied key as a success again without a second effect. Each request takes the
/// first scripted reply that matches its path, or <see cref="Default"/> when none does.
/// </summary>
internal sealed partial class TestPartner : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<(string? PathContains, PartnerReply Reply)> _script = [];
    private readonly List<PartnerRequest> _requests = [];
    private readonly List<PartnerEffect> _effects = [];
    private readonly Dictionary<string, PartnerEffect> _effectsByKey = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly WebApplication _app;
    private PartnerReply _default = PartnerReply.Created;

    private TestPartner(WebApplication app) => _app = app;

    /// <summary>Where the partner listens: <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The answer to requests no scripted reply is left for.</summary>
    public PartnerReply Default
    {
        get { lock (_lock) { return _default; } }
        set { lock (_lock) { _default = value; } }
    }

    /// <summary>Every request so far, in order of arrival.</summary>
    public IReadOnlyList<PartnerRequest> Requests
    {
        get { lock (_lock) { return [.. _requests]; } }
    }

    /// <summary>Every effect applied so far, in the order applied.</summary>
    public IReadOnlyList<PartnerEffect> Effects
    {
        get { lock (_lock) { return [.. _effects]; } }
    }

    /// <summary>Scripted replies not used yet.</summary>
    public int ScriptLeft
    {
        get { lock (_lock) { return _script.Count; } }
    }

    public static async Task<TestPartner> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var partner = new TestPartner(app);
        app.Run(partner.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        partner.BaseAddress = new Uri(address);
        return partner;
    }

    /// <summary>Scripts the answers to the next requests, whatever their path, in order.</summary>
    public void Script(params PartnerReply[] replies) => ScriptFor(null, replies);

    /// <summary>Scripts the answers to the next requests whose path contains <paramref name="pathContains"/>, in order.</summary>
    public void ScriptFor(string? pathContains, params PartnerReply[] replies)
    {
        lock (_lock)
        {
            _script.AddRange(replies.Select(reply => (pathContains, reply)));
        }
    }

    public IReadOnlyList<PartnerRequest> RequestsFor(string idempotencyKey) =>
        [.. Requests.Where(request => request.IdempotencyKey == idempotencyKey)];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stop.Dispose();
    }

    private PartnerReply Take(string path)
    {
        var at = _script.FindIndex(entry => entry.PathContains is null || path.Contains(entry.PathContains, StringComparison.Ordinal));
        if (at < 0)
        {
            return _default;
        }

        var reply = _script[at].Reply;
        _script.RemoveAt(at);
        return reply;
    }

    /// <summary>Applies a request under its key unless that key was applied before.</summary>
    private bool Apply(string key, string path, string body)
    {
        lock (_lock)
        {
            if (_effectsByKey.ContainsKey(key))
            {
                return false;
            }

            var effect = new PartnerEffect(_effects.Count + 1, key, path, body, _time.GetUtcNow());
            _effects.Add(effect);
            _effectsByKey.Add(key, effect);
            return true;
        }
    }

    private void Record(int number, Func<PartnerRequest, PartnerRequest> change)
    {
        lock (_lock)
        {
            _requests[number] = change(_requests[number]);
        }
    }
}
