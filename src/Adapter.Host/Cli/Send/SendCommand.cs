using System.CommandLine;

namespace Adapter.Host.Cli.Send;

/// <summary><c>adapter send FILE... --to HOST:PORT [--tls] [--window N]</c>: an MLLP client that prints every acknowledgement.</summary>
internal static class SendCommand
{
    /// <summary>Exit code when an acknowledgement was negative (AE, AR, CE, CR).</summary>
    public const int NegativeAck = 1;

    /// <summary>Exit code when the connection failed, closed early or an acknowledgement did not come in time.</summary>
    public const int ConnectionFailed = 3;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Files of one message, several messages or a batch; a file that does not parse is sent as it is.", Arity = ArgumentArity.OneOrMore };
        var to = new Option<string>("--to") { Description = "The listener, as HOST:PORT.", Required = true };
        var tls = new Option<bool>("--tls") { Description = "Connect with TLS." };
        var ca = new Option<FileInfo?>("--ca") { Description = "With --tls: trust server certificates issued by this CA (PEM) instead of the system's." };
        var insecure = new Option<bool>("--insecure") { Description = "With --tls: accept any server certificate (testing only)." };
        var clientCertificate = new Option<FileInfo?>("--client-cert") { Description = "With --tls: a client certificate (PKCS#12) for listeners that require one." };
        var clientPassword = new Option<string?>("--client-cert-password") { Description = "The client certificate's password." };
        var window = new Option<int>("--window") { Description = "Messages sent before their acknowledgements are awaited.", DefaultValueFactory = _ => 1 };
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for each acknowledgement.", DefaultValueFactory = _ => 30 };
        var command = new Command("send", "Send HL7 v2 messages over MLLP and print each acknowledgement.")
        {
            files, to, tls, ca, insecure, clientCertificate, clientPassword, window, timeout,
        };
        window.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--window must be at least 1.");
            }
        });
        to.Validators.Add(result =>
        {
            if (!SendTarget.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--to must be HOST:PORT, for example 127.0.0.1:2575.");
            }
        });
        command.SetAction((result, cancellationToken) =>
        {
            SendTarget.TryParse(result.GetRequiredValue(to), out var target);
            var settings = new SendSettings(
                target!,
                result.GetValue(tls),
                result.GetValue(ca),
                result.GetValue(insecure),
                result.GetValue(clientCertificate),
                result.GetValue(clientPassword),
                result.GetValue(window),
                TimeSpan.FromSeconds(result.GetValue(timeout)));
            return new MessageSender(settings, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error)
                .SendAsync(result.GetRequiredValue(files), cancellationToken);
        });
        return command;
    }
}
