using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// A laboratory information system for delivery tests, on real Kestrel at 127.0.0.1, port 0. It
/// takes <c>POST /tests</c> with its API key (<c>X-API-Key</c>, else 401) and an
/// <c>Idempotency-Key</c> (else 400), applies each key's effect at most once (<see cref="LisEffects"/>),
/// fails about 30% of requests (<see cref="LisFaultPicker"/>) and records every request.
/// </summary>
internal sealed class TestLisPartner : IAsyncDisposable
{
    public const string ApiKeyHeader = "X-API-Key";
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(3);

    private readonly WebApplication _app;
    private readonly string _apiKey;
    private readonly LisFaultPicker _faults;
    private readonly ConcurrentQueue<LisRequest> _requests = new();
    private int _inFlight;

    private TestLisPartner(WebApplication app, string apiKey, int seed)
    {
        _app = app;
        _apiKey = apiKey;
        _faults = new LisFaultPicker(seed);
    }

    /// <summary>Where it listens, <c>http://127.0.0.1:PORT</c>: the mapping's <c>baseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public LisEffects Effects { get; } = new();

    public IReadOnlyCollection<LisRequest> Requests => _requests;

    /// <summary>Requests being handled now (a stalled one counts until the client gives up).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public static async Task<TestLisPartner> StartAsync(string apiKey, int seed, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var partner = new TestLisPartner(builder.Build(), apiKey, seed);
        partner._app.Run(partner.HandleAsync);
        await partner._app.StartAsync(cancellationToken);
        var addresses = partner._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        partner.BaseUrl = addresses.Single();
        return partner;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            var request = context.Request;
            var key = request.Headers[IdempotencyKeyHeader].ToString();
            var apiKey = request.Headers[ApiKeyHeader].ToString();
            var body = await ReadBodyAsync(context);
            var fault = body is null ? LisFault.ClientGone
                : apiKey != _apiKey ? LisFault.WrongApiKey
                : key.Length == 0 ? LisFault.NoIdempotencyKey
                : request.Method != HttpMethods.Post || request.Path != "/tests" ? LisFault.NotFound
                : _faults.Next();
            _requests.Enqueue(new LisRequest(TimeProvider.System.GetUtcNow(), request.Method, request.Path.ToString(), key, apiKey, fault));
            await AnswerAsync(context, fault, key, body ?? string.Empty);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // The adapter went away (timed out, or was killed) while it was being answered.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task AnswerAsync(HttpContext context, LisFault fault, string key, string body)
    {
        switch (fault)
        {
            case LisFault.None:
                await CreatedAsync(context, Effects.Apply(key, body));
                break;
            case LisFault.AppliedThenStall:
                var effect = Effects.Apply(key, body);
                await Task.Delay(Stall, context.RequestAborted);
                await CreatedAsync(context, effect);
                break;
            case LisFault.AppliedThenAbort:
                Effects.Apply(key, body);
                context.Abort();
                break;
            case LisFault.AbortBeforeApply or LisFault.ClientGone:
                context.Abort();
                break;
            case LisFault.TooManyRequests:
                context.Response.Headers.RetryAfter = "1";
                await ProblemAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests");
                break;
            default:
                await ProblemAsync(context, StatusOf(fault), fault.ToString());
                break;
        }
    }

    private static int StatusOf(LisFault fault) => fault switch
    {
        LisFault.ServerError => StatusCodes.Status500InternalServerError,
        LisFault.Unavailable => StatusCodes.Status503ServiceUnavailable,
        LisFault.WrongApiKey => StatusCodes.Status401Unauthorized,
        LisFault.NoIdempotencyKey => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status404NotFound,
    };

    private async Task CreatedAsync(HttpContext context, LisEffect effect)
    {
        Effects.Answered(effect.IdempotencyKey);
        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$$"""{"data":{"id":"{{{effect.Id}}}"}}""", context.RequestAborted);
    }

    private static async Task ProblemAsync(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        await context.Response.WriteAsync($$"""{"title":"{{title}}","status":{{status}}}""", context.RequestAborted);
    }

    /// <summary>The whole body, or null when the client went away first.</summary>
    private static async Task<string?> ReadBodyAsync(HttpContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            return await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return null;
        }
    }
}
