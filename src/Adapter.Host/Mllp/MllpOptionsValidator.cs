using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Adapter.Host.Mllp;

/// <summary>
/// Checks every listener and reports every problem at once, each prefixed with its configuration
/// key (<c>Mllp:Listeners:lab:Port</c>), so one start shows everything to fix.
/// </summary>
internal sealed partial class MllpOptionsValidator : IValidateOptions<MllpOptions>
{
    public ValidateOptionsResult Validate(string? name, MllpOptions options)
    {
        var errors = new List<string>();
        foreach (var (listenerName, listener) in options.Listeners)
        {
            var prefix = $"{MllpOptions.Section}:Listeners:{listenerName}";
            if (!ListenerName().IsMatch(listenerName))
            {
                errors.Add($"{prefix}: a listener name may hold letters, digits, '.', '-' and '_' only.");
            }

            ValidateAnnotations(listener, prefix, errors);
            ValidateAnnotations(listener.Ack, $"{prefix}:Ack", errors);
            ValidateListener(listener, prefix, errors);
            if (listener.Tls is { } tls)
            {
                ValidateAnnotations(tls, $"{prefix}:Tls", errors);
                ValidateTls(tls, $"{prefix}:Tls", errors);
            }
        }

        ValidateDistinctEndpoints(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateListener(MllpListenerOptions listener, string prefix, List<string> errors)
    {
        if (!MllpAddresses.TryParse(listener.Address, out _))
        {
            errors.Add($"{prefix}:Address: '{listener.Address}' is not an IP address (use 127.0.0.1, 0.0.0.0, :: or *).");
        }

        if (listener.IdleTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:IdleTimeout: must be longer than zero.");
        }

        if (listener.ReadTimeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:ReadTimeout: must be longer than zero.");
        }

        for (var i = 0; i < listener.AllowedAddresses.Count; i++)
        {
            if (!IpAllowList.TryParseEntry(listener.AllowedAddresses[i], out _))
            {
                errors.Add($"{prefix}:AllowedAddresses:{i}: '{listener.AllowedAddresses[i]}' is neither an IP address nor a CIDR range such as 10.0.0.0/8.");
            }
        }

        for (var i = 0; i < listener.Ack.MessageTypes.Count; i++)
        {
            if (!MessageType().IsMatch(listener.Ack.MessageTypes[i]))
            {
                errors.Add($"{prefix}:Ack:MessageTypes:{i}: '{listener.Ack.MessageTypes[i]}' is not written as TYPE^EVENT (for example ORU^R01).");
            }
        }
    }

    private static void ValidateTls(MllpTlsOptions tls, string prefix, List<string> errors)
    {
        if (tls.CertificatePath.Length > 0 && !File.Exists(tls.CertificatePath))
        {
            errors.Add($"{prefix}:CertificatePath: there is no file at {tls.CertificatePath}.");
        }

        if (tls.KeyPath is { Length: > 0 } key && !File.Exists(key))
        {
            errors.Add($"{prefix}:KeyPath: there is no file at {key}.");
        }

        if (tls.ClientCertificateAuthorityPath is { Length: > 0 } authority && !File.Exists(authority))
        {
            errors.Add($"{prefix}:ClientCertificateAuthorityPath: there is no file at {authority}.");
        }

        if (tls.RequireClientCertificate && string.IsNullOrEmpty(tls.ClientCertificateAuthorityPath) && tls.ClientCertificateThumbprints.Count == 0)
        {
            errors.Add($"{prefix}:RequireClientCertificate: name the accepted clients with ClientCertificateAuthorityPath or ClientCertificateThumbprints.");
        }

        foreach (var thumbprint in tls.ClientCertificateThumbprints.Where(thumbprint => !Thumbprint().IsMatch(thumbprint)))
        {
            errors.Add($"{prefix}:ClientCertificateThumbprints: '{thumbprint}' is not a SHA-1 (40) or SHA-256 (64) hex thumbprint.");
        }
    }

    private static void ValidateDistinctEndpoints(MllpOptions options, List<string> errors)
    {
        var bound = options.Listeners
            .Where(pair => pair.Value.Port != 0 && MllpAddresses.TryParse(pair.Value.Address, out _))
            .GroupBy(pair => (Address: MllpAddresses.Parse(pair.Value.Address), pair.Value.Port));
        foreach (var clash in bound.Where(group => group.Count() > 1))
        {
            errors.Add($"{MllpOptions.Section}:Listeners: {string.Join(", ", clash.Select(pair => pair.Key))} all listen on {new IPEndPoint(clash.Key.Address, clash.Key.Port)}.");
        }
    }

    private static void ValidateAnnotations(object options, string prefix, List<string> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        errors.AddRange(results.Select(result => $"{prefix}:{string.Join(",", result.MemberNames)}: {result.ErrorMessage}"));
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex ListenerName();

    [GeneratedRegex(@"^[A-Z0-9]{3}\^[A-Z0-9]{3}$")]
    private static partial Regex MessageType();

    [GeneratedRegex("^([0-9A-Fa-f]{40}|[0-9A-Fa-f]{64})$")]
    private static partial Regex Thumbprint();
}
