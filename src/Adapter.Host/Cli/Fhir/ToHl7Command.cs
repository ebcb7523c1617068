using System.CommandLine;
using Adapter.Fhir.ToV2;
using Adapter.Hl7v2.Acknowledgements;

namespace Adapter.Host.Cli.Fhir;

/// <summary>
/// <c>adapter fhir to-hl7 FILE.json</c>: prints the ORU^R01 (for DiagnosticReports) or ORM^O01 (for
/// ServiceRequests) the adapter would send, and lists problems on stderr with their FHIR paths.
/// Exits 0 when a message was built, 1 when the resources cannot make one, 2 when the file is not FHIR JSON.
/// </summary>
internal static class ToHl7Command
{
    public const int NotConvertible = 1;
    public const int Unreadable = 2;

    public static Command Create(TimeProvider time)
    {
        var file = new Argument<FileInfo>("file") { Description = "A FHIR R4 Bundle, DiagnosticReport or ServiceRequest (JSON)." };
        var sendingApplication = new Option<string>("--sending-application") { Description = "MSH-3.", DefaultValueFactory = _ => "ADAPTER" };
        var command = new Command("to-hl7", "Convert FHIR resources to the HL7 v2.5.1 message the adapter would send.") { file, sendingApplication };
        command.SetAction(result =>
        {
            var options = new FhirToV2Options { SendingApplication = result.GetValue(sendingApplication)! };
            var converter = new FhirToV2Converter(options, time, new RandomControlIdGenerator());
            return Run(result.GetRequiredValue(file), converter, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int Run(FileInfo file, FhirToV2Converter converter, TextWriter output, TextWriter error)
    {
        string json;
        try
        {
            json = File.ReadAllText(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            FhirFile.Report(file, exception, error);
            return Unreadable;
        }

        if (!FhirFile.TryParse(file, json, error, out var bundle))
        {
            return Unreadable;
        }

        var result = converter.Convert(bundle);
        foreach (var issue in result.Outcome.Issue)
        {
            error.WriteLine($"{file.Name}: {string.Join(", ", issue.Expression)}: {issue.Severity?.ToString().ToLowerInvariant()}: {issue.Diagnostics}");
        }

        if (result.Message is not { } message)
        {
            return NotConvertible;
        }

        output.Write(message.ToString().Replace('\r', '\n'));
        return 0;
    }
}
