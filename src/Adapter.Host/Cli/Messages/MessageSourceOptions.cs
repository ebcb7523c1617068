using System.CommandLine;
using System.Net.Sockets;

namespace Adapter.Host.Cli.Messages;

/// <summary>
/// The options that choose where <c>adapter messages</c> reads. With --data-dir, that journal file;
/// with --url, that admin API; with neither, the local service's admin API when it answers, else
/// ./data.
/// </summary>
internal sealed class MessageSourceOptions
{
    private static readonly Uri DefaultUrl = new("http://127.0.0.1:8080/");

    public Option<DirectoryInfo?> DataDirectory { get; } = new("--data-dir") { Description = "Read the journal in this data directory (the service may be stopped)." };

    public Option<Uri?> Url { get; } = new("--url")
    {
        Description = "Read through the running service's admin API at this base URL.",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                return url;
            }

            result.AddError($"--url must be an http or https URL, for example http://127.0.0.1:8080/; '{text}' is not.");
            return null;
        },
    };

    public Option<string?> ApiKey { get; } = new("--api-key") { Description = "The admin API key (Admin:ApiKey), when the service has one." };

    public void AddTo(Command command)
    {
        command.Options.Add(DataDirectory);
        command.Options.Add(Url);
        command.Options.Add(ApiKey);
    }

    public async Task<IMessageSource> ResolveAsync(ParseResult result, CancellationToken cancellationToken)
    {
        if (result.GetValue(DataDirectory) is { } directory)
        {
            return new JournalMessageSource(directory.FullName);
        }

        var apiKey = result.GetValue(ApiKey);
        if (result.GetValue(Url) is { } url)
        {
            return new AdminApiMessageSource(Client(url), apiKey);
        }

        var local = Client(DefaultUrl);
        if (await AnswersAsync(local, cancellationToken).ConfigureAwait(false))
        {
            return new AdminApiMessageSource(local, apiKey);
        }

        local.Dispose();
        return new JournalMessageSource("data");
    }

    private static HttpClient Client(Uri url) =>
        new() { BaseAddress = url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/"), Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<bool> AnswersAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var probe = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        probe.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            using var response = await client.GetAsync("health/live", probe.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
