using System.Security.Cryptography;
using Adapter.Engine.Outbox;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Outbound;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Admin;

/// <summary>
/// The outbound HL7 queue in the admin API: <c>GET /admin/outbound[?status=&amp;destination=&amp;afterId=&amp;limit=]</c>,
/// <c>POST /admin/outbound/{destination}</c> (queue an ER7 message, for a person resending a result by
/// hand), <c>POST /admin/outbound/{id}/replay</c> (a parked or cancelled message, at the end of its
/// queue) and <c>/cancel</c>. Errors are RFC 7807 problems.
/// </summary>
internal static class OutboundEndpoints
{
    public static RouteGroupBuilder MapOutbound(this RouteGroupBuilder admin)
    {
        admin.MapGet("/outbound", ListAsync);
        admin.MapPost("/outbound/{destination}", EnqueueAsync);
        admin.MapPost("/outbound/{id:long}/replay", ReplayAsync);
        admin.MapPost("/outbound/{id:long}/cancel", CancelAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(IOutboundQueue queue, string? status, string? destination, long? afterId, int? limit, CancellationToken cancellationToken)
    {
        OutboundStatus? parsed = null;
        if (status is not null)
        {
            if (!OutboundStatusNames.TryParse(status, out var value))
            {
                return Results.Problem(title: "Unknown status", detail: "status must be one of: pending, sent, parked, cancelled.", statusCode: StatusCodes.Status400BadRequest);
            }

            parsed = value;
        }

        if (limit is < 1 or > 100_000)
        {
            return Results.Problem(title: "Bad limit", detail: "limit must be between 1 and 100000.", statusCode: StatusCodes.Status400BadRequest);
        }

        var messages = await queue.ListOutboundAsync(parsed, destination, afterId ?? 0, limit ?? 1000, cancellationToken).ConfigureAwait(false);
        return Results.Ok(messages.Select(OutboundMessageView.From));
    }

    private static async Task<IResult> EnqueueAsync(HttpRequest request, IOutboundQueue queue, IOptions<OutboundConfiguration> options, OutboundSignal signal, TimeProvider time, string destination, CancellationToken cancellationToken)
    {
        if (!options.Value.Destinations.ContainsKey(destination))
        {
            var known = options.Value.Destinations.Keys.ToList();
            return Results.Problem(title: "No such destination", detail: known.Count == 0 ? "No outbound destination is configured (Outbound:Destinations)." : $"Destinations: {string.Join(", ", known)}.", statusCode: StatusCodes.Status404NotFound);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        var payload = body.ToArray();
        Hl7Message message;
        try
        {
            message = Hl7Message.Parse(payload, Hl7ParseOptions.Default);
        }
        catch (Hl7ParseException exception)
        {
            return Results.Problem(title: "Not an HL7 message", detail: exception.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var controlId = message.Header.Field(10).Value;
        if (controlId.Length == 0)
        {
            return Results.Problem(title: "No control id", detail: "MSH-10 is empty; the acknowledgement could not be matched to the message.", statusCode: StatusCodes.Status400BadRequest);
        }

        var type = $"{message.Header.Field(9).Component(1).Value}^{message.Header.Field(9).Component(2).Value}";
        // The same bytes queued twice for one destination are one message.
        var key = $"admin/{destination}/{Convert.ToHexStringLower(SHA256.HashData(payload))}";
        var queued = await queue.EnqueueAsync(new NewOutboundMessage(destination, key, null, controlId, type, payload), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        signal.Queued.Notify();
        return queued
            ? Results.Accepted("/admin/outbound", new { destination, controlId, status = "pending" })
            : Results.Ok(new { destination, controlId, status = "already queued" });
    }

    private static async Task<IResult> ReplayAsync(IOutboundQueue queue, OutboundSignal signal, TimeProvider time, long id, CancellationToken cancellationToken)
    {
        if (!await queue.RequeueAsync(id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return Results.Problem(title: "Not replayable", detail: $"Outbound message {id} does not exist or is not parked or cancelled.", statusCode: StatusCodes.Status409Conflict);
        }

        signal.Queued.Notify();
        return Results.Accepted("/admin/outbound", new { id, status = "pending" });
    }

    private static async Task<IResult> CancelAsync(IOutboundQueue queue, TimeProvider time, long id, CancellationToken cancellationToken) =>
        await queue.CancelOutboundAsync(id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            ? Results.Ok(new { id, status = "cancelled" })
            : Results.Problem(title: "Not cancellable", detail: $"Outbound message {id} does not exist or is not pending or parked.", statusCode: StatusCodes.Status409Conflict);
}
