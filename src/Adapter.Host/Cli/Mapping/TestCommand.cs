using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Adapter.Fhir.Conversion;
using Adapter.Hl7v2.Parsing;
using Adapter.Host.Cli.Fhir;
using Adapter.Host.Cli.Hl7;
using Adapter.Mapping.Loading;
using Adapter.Mapping.Model;
using Adapter.Mapping.Planning;
using Hl7.Fhir.Model;

namespace Adapter.Host.Cli.Mapping;

/// <summary>
/// <c>adapter mapping test --partner NAME FILE [--listener L] [--format text|json]</c>: runs a sample
/// message (HL7 v2 or FHIR JSON) through conversion and the partner's mapping and prints the exact
/// requests it would send, credentials masked, and the follow-ups it would schedule. Nothing is sent.
/// Environment variables that are not set stay as <c>${NAME}</c>. Exit 0 when requests were
/// planned, 1 when the mapping is invalid or does not accept the message, 2 when the file is unreadable.
/// </summary>
internal static class TestCommand
{
    public const int NotAccepted = 1;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(TimeProvider time)
    {
        var partner = new Option<string>("--partner") { Description = "The partner (its mapping file's partner:).", Required = true };
        var file = new Argument<FileInfo>("file") { Description = "A sample message: HL7 v2 (ER7) or FHIR R4 JSON." };
        var directory = new Option<DirectoryInfo>("--dir") { Description = "The mappings folder.", DefaultValueFactory = _ => new DirectoryInfo("mappings") };
        var listener = new Option<string?>("--listener") { Description = "The MLLP listener the message comes from; not checked when omitted." };
        var format = new Option<string>("--format") { Description = "text, or json: an array of {operation, method, url, headers, body}.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("test", "Show the requests a partner mapping would send for a sample message, without sending them.") { partner, file, directory, listener, format };
        command.SetAction(result => Run(
            new Arguments(result.GetRequiredValue(partner), result.GetRequiredValue(file), result.GetRequiredValue(directory), result.GetValue(listener), result.GetValue(format) == "json"),
            time,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(Arguments arguments, TimeProvider time, TextWriter output, TextWriter error)
    {
        var set = MappingLoader.ForProcess(keepUnsetVariables: true).Load(arguments.Directory.FullName);
        foreach (var problem in set.Errors)
        {
            error.WriteLine(problem.ToString());
        }

        if (set.Find(arguments.Partner) is not { } mapping)
        {
            // A file with errors has no partner name to go by; its file name usually is one.
            var invalid = set.Errors.Any(problem => Path.GetFileNameWithoutExtension(problem.Position.File) == arguments.Partner);
            error.WriteLine(invalid
                ? $"The mapping for '{arguments.Partner}' is not valid; see the errors above."
                : $"There is no partner '{arguments.Partner}' in {arguments.Directory.Name}; {(set.Partners.Count == 0 ? "it has no valid mapping" : "the partners are " + string.Join(", ", set.Partners.Select(p => p.Partner)))}.");
            return NotAccepted;
        }

        if (!TryRead(arguments.File, time, error, out var bundle, out var message, out var facts))
        {
            return MessageFile.Unreadable;
        }

        var result = DryRun.Run(mapping, set.Lookups, bundle, message, facts with { Listener = arguments.Listener });
        if (!result.Accepted)
        {
            error.WriteLine($"{mapping.Partner} does not accept this message: {result.Refusal}.");
            return NotAccepted;
        }

        if (arguments.Json)
        {
            output.WriteLine(new JsonArray([.. result.Requests.Select(AsJson)]).ToJsonString(Indented));
        }
        else
        {
            WriteText(output, mapping, result, mapping.UnsetVariables);
        }

        return 0;
    }

    private static bool TryRead(FileInfo file, TimeProvider time, TextWriter error, out Bundle bundle, out Hl7Message? message, out InboundFacts facts)
    {
        bundle = new Bundle();
        message = null;
        facts = new InboundFacts(null, true, null, null, null);
        if (!MessageFile.TryReadBytes(file, error, out var bytes))
        {
            return false;
        }

        if (bytes.AsSpan().TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8))
        {
            return FhirFile.TryParse(file, System.Text.Encoding.UTF8.GetString(bytes), error, out bundle);
        }

        if (!MessageFile.TryParse(file, bytes, error, out var messages))
        {
            return false;
        }

        message = messages[0];
        bundle = new V2ToFhirConverter(V2ToFhirOptions.Default, time).Convert(message).Bundle;
        facts = InboundFacts.FromV2(message, listener: null);
        return true;
    }

    private static JsonObject AsJson(PartnerRequest request) => new()
    {
        ["operation"] = request.Operation,
        ["method"] = request.Method,
        ["url"] = request.Url,
        ["headers"] = new JsonObject(request.Headers.Select(header => new KeyValuePair<string, JsonNode?>(header.Key, header.Value))),
        ["body"] = request.Body?.DeepClone(),
        ["trigger"] = Trigger(request.Trigger),
        ["warnings"] = new JsonArray([.. request.Warnings.Select(warning => (JsonNode)warning)]),
    };

    private static void WriteText(TextWriter output, PartnerMapping mapping, DryRunResult result, IReadOnlyCollection<string> unset)
    {
        output.WriteLine($"{mapping.Partner} ({mapping.Kind.Name}) accepts the message and would send {result.Requests.Count} request{(result.Requests.Count == 1 ? string.Empty : "s")}.");
        if (unset.Count > 0)
        {
            output.WriteLine($"Not set, shown as ${{NAME}}: {string.Join(", ", unset)}.");
        }

        var number = 0;
        foreach (var request in result.Requests)
        {
            output.WriteLine();
            output.WriteLine($"{++number}. {request.Operation}: {Trigger(request.Trigger)}");
            output.WriteLine($"{request.Method} {request.Url}");
            foreach (var (name, value) in request.Headers)
            {
                output.WriteLine($"{name}: {value}");
            }

            if (request.Body is { } body)
            {
                output.WriteLine();
                output.WriteLine(body.ToJsonString(Indented));
            }

            foreach (var warning in request.Warnings)
            {
                output.WriteLine($"warning: {warning}");
            }
        }
    }

    private static string Trigger(OperationTrigger trigger) => trigger switch
    {
        OperationTrigger.AllOrdersFinal => "follow-up, once every order under the same key is final",
        OperationTrigger.QuietPeriod => "follow-up, after the quiet period",
        OperationTrigger.Explicit => "only when asked for",
        _ => "with the message",
    };

    private sealed record Arguments(string Partner, FileInfo File, DirectoryInfo Directory, string? Listener, bool Json);
}
