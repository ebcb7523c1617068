using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Adapter.Partners.Tests.Support;

/// <summary>
/// A partner on real Kestrel, 127.0.0.1 port 0: records every request (method, path, query,
/// headers, body) and answers each with the next scripted <see cref="PartnerAnswer"/>, or
/// <see cref="Default"/> once the script is used up.
/// </summary>
internal sealed class LoopbackPartner : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Queue<PartnerAnswer> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly TaskCompletionSource<RecordedRequest> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly WebApplication _app;

    private LoopbackPartner(WebApplication app) => _app = app;

    /// <summary>Where the partner listens: <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The answer once the script is used up: 200 with an empty JSON object.</summary>
    public PartnerAnswer Default { get; init; } = PartnerAnswer.Json(StatusCodes.Status200OK, "{}");

    /// <summary>Every request so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_lock) { return [.. _requests]; } }
    }

    /// <summary>Completes when the first request has been read in full.</summary>
    public Task<RecordedRequest> FirstRequest => _first.Task;

    public static async Task<LoopbackPartner> StartAsync(params PartnerAnswer[] script)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var partner = new LoopbackPartner(app);
        foreach (var answer in script)
        {
            partner._script.Enqueue(answer);
        }

        app.Run(partner.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        partner.BaseAddress = new Uri(address);
        return partner;
    }

    /// <summary>The partner's address for <paramref name="pathAndQuery"/>.</summary>
    public Uri Url(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stop.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        PartnerAnswer answer;
        lock (_lock)
        {
            _requests.Add(request);
            answer = _script.TryDequeue(out var next) ? next : Default;
        }

        _first.TrySetResult(request);
        switch (answer.Kind)
        {
            case PartnerAnswerKind.Hang:
                await HangAsync(context);
                return;
            case PartnerAnswerKind.Reset:
                context.Abort();
                return;
            default:
                await RespondAsync(context, answer);
                return;
        }
    }

    private static async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        return new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.QueryString.Value ?? string.Empty, query, headers, body);
    }

    private async Task HangAsync(HttpContext context)
    {
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stop.Token);
        try
        {
            await Task.Delay(Timeout.Infinite, hang.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, or the partner is stopping: nobody is left to answer.
        }
    }

    private static async Task RespondAsync(HttpContext context, PartnerAnswer answer)
    {
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body.Length > 0)
        {
            context.Response.ContentType = answer.ContentType;
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }
}
