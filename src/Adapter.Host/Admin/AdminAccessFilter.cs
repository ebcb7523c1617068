using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Admin;

/// <summary>Lets a request through when it carries the configured key, or, with no key configured, when it comes from loopback.</summary>
internal sealed class AdminAccessFilter(IOptions<AdminOptions> options) : IEndpointFilter
{
    public const string KeyHeader = "X-API-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var allowed = options.Value.ApiKey is { Length: > 0 } key
            ? KeyMatches(http.Request.Headers[KeyHeader].ToString(), key)
            : http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
        return allowed
            ? await next(context).ConfigureAwait(false)
            : Results.Problem(
                title: "Not allowed",
                detail: options.Value.ApiKey is null ? "The admin API answers only local requests unless Admin:ApiKey is configured." : $"Send the admin key as {KeyHeader}.",
                statusCode: StatusCodes.Status403Forbidden);
    }

    private static bool KeyMatches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
