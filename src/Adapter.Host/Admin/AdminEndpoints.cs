using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Host.Delivery;
using Adapter.Mapping.Loading;

namespace Adapter.Host.Admin;

/// <summary>
/// The admin API: /admin/messages (list), /admin/messages/{id} (one message, its history, routes and
/// operations), POST /admin/messages/{id}/replay and /cancel, /admin/outbound (the HL7 queue to the
/// hospital, <see cref="OutboundEndpoints"/>), /admin/mappings (partners in force, files not
/// applied). Errors are RFC 7807 problems.
/// </summary>
internal static class AdminEndpoints
{
    /// <summary>The problem titles a replay is refused with, which the command line tells apart.</summary>
    public const string NotReplayable = "Not replayable";

    public const string InFlight = "In flight";

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").AddEndpointFilter<AdminAccessFilter>();
        admin.MapGet("/messages", ListAsync);
        admin.MapGet("/messages/{id:long}", FindAsync);
        admin.MapPost("/messages/{id:long}/replay", ReplayAsync);
        admin.MapPost("/messages/{id:long}/cancel", CancelAsync);
        admin.MapOutbound();
        admin.MapGet("/mappings", (IServiceProvider services) => Results.Ok(services.GetService<MappingCatalog>() is { } catalog ? MappingsView.From(catalog) : MappingsView.None));
        return endpoints;
    }

    private static async Task<IResult> ListAsync(IJournalReader journal, string? status, DateTimeOffset? since, long? afterId, int? limit, CancellationToken cancellationToken)
    {
        MessageStatus? parsed = null;
        if (status is not null)
        {
            if (!MessageStatusNames.TryParse(status, out var value))
            {
                return Results.Problem(title: "Unknown status", detail: $"status must be one of: {string.Join(", ", MessageStatusNames.All)}.", statusCode: StatusCodes.Status400BadRequest);
            }

            parsed = value;
        }

        if (limit is < 1 or > 100_000)
        {
            return Results.Problem(title: "Bad limit", detail: "limit must be between 1 and 100000.", statusCode: StatusCodes.Status400BadRequest);
        }

        var query = new JournalQuery { Status = parsed, Since = since, AfterId = afterId ?? 0, Limit = limit ?? 1000 };
        var records = await journal.ListAsync(query, cancellationToken).ConfigureAwait(false);
        return Results.Ok(records.Select(MessageSummary.From));
    }

    private static async Task<IResult> FindAsync(IJournalReader journal, IOutboxReader outbox, long id, CancellationToken cancellationToken)
    {
        var detail = await MessageDetail.ReadAsync(journal, outbox, id, cancellationToken).ConfigureAwait(false);
        return detail is null ? NoSuchMessage(id) : Results.Ok(detail);
    }

    /// <summary>Sends a message through routing again (all partners, or <paramref name="partner"/>); succeeded operations are not repeated unless <paramref name="force"/>.</summary>
    private static async Task<IResult> ReplayAsync(IOutboxStore store, TimeProvider time, IServiceProvider services, long id, string? partner, bool? force, CancellationToken cancellationToken)
    {
        if (partner is not null && services.GetService<MappingCatalog>()?.Current.Find(partner) is null)
        {
            return Results.Problem(title: "No such partner", detail: $"No partner mapping named '{partner}' is in force.", statusCode: StatusCodes.Status404NotFound);
        }

        switch (await store.ReplayAsync(new ReplayRequest(id, partner, force ?? false), time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            case ReplayOutcome.NoSuchMessage:
                return NoSuchMessage(id);
            case ReplayOutcome.NeverAccepted:
                return Results.Problem(title: NotReplayable, detail: $"Message {id} was never accepted (rejected or a conflict), so there is nothing to deliver.", statusCode: StatusCodes.Status409Conflict);
            case ReplayOutcome.InFlight:
                return Results.Problem(title: InFlight, detail: $"A call of message {id} is running now; replay it once the call has ended.", statusCode: StatusCodes.Status409Conflict);
        }

        services.GetService<OutboxSignals>()?.MessagesJournaled.Notify();
        return Results.Accepted($"/admin/messages/{id}", new { id, partner, force = force ?? false, status = "received" });
    }

    private static async Task<IResult> CancelAsync(IOutboxStore store, TimeProvider time, long id, CancellationToken cancellationToken) =>
        await store.CancelAsync(id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            ? Results.Ok(new { id, status = "cancelled" })
            : NoSuchMessage(id);

    private static IResult NoSuchMessage(long id) =>
        Results.Problem(title: "No such message", detail: $"The journal has no message {id}.", statusCode: StatusCodes.Status404NotFound);
}
