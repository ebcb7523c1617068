using Adapter.Engine.Journal;
using Adapter.Mapping.Loading;

namespace Adapter.Host.Admin;

/// <summary>The admin API: /admin/messages (list), /admin/messages/{id} (one message and its history), /admin/mappings (partners in force, files not applied). Errors are RFC 7807 problems.</summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").AddEndpointFilter<AdminAccessFilter>();
        admin.MapGet("/messages", ListAsync);
        admin.MapGet("/messages/{id:long}", FindAsync);
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

    private static async Task<IResult> FindAsync(IJournalReader journal, long id, CancellationToken cancellationToken)
    {
        var message = await journal.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return message is null
            ? Results.Problem(title: "No such message", detail: $"The journal has no message {id}.", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(MessageDetail.From(message));
    }
}
