using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Adapter.Hl7v2.Mllp;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Mllp;

namespace Adapter.Host.Cli.Send;

/// <summary>Sends messages over one connection, keeping up to a window in flight, and prints each acknowledgement in order.</summary>
internal sealed class MessageSender(SendSettings settings, TextWriter output, TextWriter error)
{
    public async Task<int> SendAsync(IReadOnlyList<FileInfo> files, CancellationToken cancellationToken)
    {
        if (OutgoingMessages.TryLoad(files, error) is not { } messages)
        {
            return Hl7.MessageFile.Unreadable;
        }

        MllpClient client;
        try
        {
            client = await MllpClient.ConnectAsync(settings.Target.Host, settings.Target.Port, ClientOptions(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SocketException or IOException or AuthenticationException or OperationCanceledException)
        {
            await error.WriteLineAsync($"Cannot connect to {settings.Target}: {exception.Message}").ConfigureAwait(false);
            return SendCommand.ConnectionFailed;
        }

        await using (client.ConfigureAwait(false))
        {
            return await ExchangeAsync(client, messages, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> ExchangeAsync(MllpClient client, IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var inFlight = new Queue<OutgoingMessage>();
        var next = 0;
        var negative = false;
        try
        {
            while (next < messages.Count || inFlight.Count > 0)
            {
                while (next < messages.Count && inFlight.Count < settings.Window)
                {
                    await client.SendAsync(messages[next].Bytes, cancellationToken).ConfigureAwait(false);
                    inFlight.Enqueue(messages[next++]);
                }

                var message = inFlight.Dequeue();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(settings.AckTimeout);
                var ack = await client.ReceiveAsync(timeout.Token).ConfigureAwait(false);
                if (ack is null)
                {
                    await error.WriteLineAsync($"{message.Label}: the connection closed before it was acknowledged.").ConfigureAwait(false);
                    return SendCommand.ConnectionFailed;
                }

                negative |= !await PrintAsync(message, ack).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"No acknowledgement within {settings.AckTimeout.TotalSeconds:0.#} s.").ConfigureAwait(false);
            return SendCommand.ConnectionFailed;
        }
        catch (IOException exception)
        {
            await error.WriteLineAsync($"The connection failed: {exception.Message}").ConfigureAwait(false);
            return SendCommand.ConnectionFailed;
        }

        return negative ? SendCommand.NegativeAck : 0;
    }

    /// <summary>Prints one acknowledgement; returns whether it was positive (AA or CA).</summary>
    private async Task<bool> PrintAsync(OutgoingMessage message, byte[] ack)
    {
        string code;
        string text;
        try
        {
            var parsed = Hl7Message.Parse(ack);
            code = parsed.Get("MSA-1");
            text = System.Text.Encoding.UTF8.GetString(ack);
            await output.WriteLineAsync($"{message.Label}: {code} (MSA-2 {parsed.Get("MSA-2")})").ConfigureAwait(false);
        }
        catch (Hl7ParseException)
        {
            code = string.Empty;
            text = System.Text.Encoding.UTF8.GetString(ack);
            await output.WriteLineAsync($"{message.Label}: an answer that is not an HL7 message").ConfigureAwait(false);
        }

        foreach (var segment in text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            await output.WriteLineAsync($"  {segment}").ConfigureAwait(false);
        }

        return code is "AA" or "CA";
    }

    private MllpClientOptions ClientOptions() => new()
    {
        UseTls = settings.UseTls,
        ClientCertificate = settings.ClientCertificate is { } file
            ? X509CertificateLoader.LoadPkcs12FromFile(file.FullName, settings.ClientCertificatePassword)
            : null,
        ServerCertificateValidation = settings.Insecure ? (_, _, _, _) => true : TrustedBy(settings.CertificateAuthority),
    };

    private static RemoteCertificateValidationCallback? TrustedBy(FileInfo? authorityFile)
    {
        if (authorityFile is null)
        {
            return null;
        }

        var authority = X509CertificateLoader.LoadCertificateFromFile(authorityFile.FullName);
        return (_, certificate, _, errors) =>
        {
            if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
            {
                return false;
            }

            using var server = new X509Certificate2(certificate);
            return CertificateChains.ChainsTo(server, authority);
        };
    }
}
