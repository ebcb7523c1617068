using System.Net;
using System.Text;

namespace Adapter.Engine.Tests.Resilience;

/// <summary>HTTP answers as a partner would give them, for the classification tests.</summary>
internal static class PartnerResponses
{
    public const string ProblemJson = "application/problem+json";

    public static HttpResponseMessage With(HttpStatusCode status, string body, string mediaType, string? reasonPhrase = null) =>
        new(status)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
            ReasonPhrase = reasonPhrase ?? DefaultPhrase(status),
        };

    public static HttpResponseMessage Text(HttpStatusCode status, string body = "") => With(status, body, "text/plain");

    public static HttpResponseMessage Json(HttpStatusCode status, string body) => With(status, body, "application/json");

    public static HttpResponseMessage Problem(HttpStatusCode status, string body) => With(status, body, ProblemJson);

    /// <summary>The standard phrase, set explicitly so the expected reasons do not depend on the runtime's table.</summary>
    private static string DefaultPhrase(HttpStatusCode status) => (int)status switch
    {
        200 => "OK",
        201 => "Created",
        400 => "Bad Request",
        404 => "Not Found",
        408 => "Request Timeout",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    };
}
