using System.Globalization;
using System.Net;
using System.Text.Json;
using Adapter.Engine.Journal;
using Adapter.Host.Admin;

namespace Adapter.Host.Cli.Messages;

/// <summary>Reads through the running service's admin API (/admin/messages).</summary>
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

    private async Task<HttpResponseMessage> SendAsync(string path, CancellationToken cancellationToken, bool allowNotFound = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (apiKey is not null)
        {
            request.Headers.Add(AdminAccessFilter.KeyHeader, apiKey);
        }

        var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode && !(allowNotFound && response.StatusCode == HttpStatusCode.NotFound))
        {
            var problem = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            response.Dispose();
            throw new HttpRequestException($"The admin API answered {(int)response.StatusCode}: {problem}", null, response.StatusCode);
        }

        return response;
    }
}
