using System.Globalization;
using System.Net;
using System.Text.Json;
using Adapter.Engine.Journal;
using Adapter.Engine.Outbox;
using Adapter.Host.Admin;

namespace Adapter.Host.Cli.Messages;

/// <summary>Works through the running service's admin API (/admin/messages).</summary>
internal sealed class AdminApiMessageSource(HttpClient http, string? apiKey) : IMessageSource
{
    public string Description => $"the admin API at {http.BaseAddress}";

    public async Task<IReadOnlyList<MessageSummary>> ListAsync(JournalQuery query, CancellationToken cancellationToken)
    {
        var parameters = new List<string> { $"afterId={query.AfterId}", $"limit={query.Limit}" };
        if (query.Status is { } status)
        {
            parameters.Add($"status={status.ToName()}");
        }

        if (query.Since is { } since)
        {
            parameters.Add($"since={Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture))}");
        }

        using var response = await SendAsync($"admin/messages?{string.Join('&', parameters)}", cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<List<MessageSummary>>(JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false) ?? [];
    }

    public async Task<MessageDetail?> ShowAsync(long id, CancellationToken cancellationToken)
    {
        using var response = await SendAsync($"admin/messages/{id}", cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound
            ? null
            : await response.Content.ReadFromJsonAsync<MessageDetail>(JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ChangeResult> ReplayAsync(ReplayRequest request, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (request.Partner is { } partner)
        {
            query.Add($"partner={Uri.EscapeDataString(partner)}");
        }

        if (request.Force)
        {
            query.Add("force=true");
        }

        var path = $"admin/messages/{request.MessageId}/replay" + (query.Count == 0 ? string.Empty : "?" + string.Join('&', query));
        return await ChangeAsync(path, cancellationToken).ConfigureAwait(false);
    }

    public Task<ChangeResult> CancelAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync($"admin/messages/{id}/cancel", cancellationToken);

    private async Task<ChangeResult> ChangeAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(path, cancellationToken, allowNotFound: true, method: HttpMethod.Post, allowConflict: true).ConfigureAwait(false);
        return response.StatusCode switch
        {
            HttpStatusCode.NotFound => ChangeResult.NotFound,
            HttpStatusCode.Conflict when (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Contains($"\"{AdminEndpoints.InFlight}\"", StringComparison.Ordinal) => ChangeResult.InFlight,
            HttpStatusCode.Conflict => ChangeResult.Refused,
            _ => ChangeResult.Done,
        };
    }

    private async Task<HttpResponseMessage> SendAsync(string path, CancellationToken cancellationToken, bool allowNotFound = false, HttpMethod? method = null, bool allowConflict = false)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (apiKey is not null)
        {
            request.Headers.Add(AdminAccessFilter.KeyHeader, apiKey);
        }

        var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode && !(allowNotFound && response.StatusCode == HttpStatusCode.NotFound) && !(allowConflict && response.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            response.Dispose();
            throw new HttpRequestException($"The admin API answered {(int)response.StatusCode}: {problem}", null, response.StatusCode);
        }

        return response;
    }
}
