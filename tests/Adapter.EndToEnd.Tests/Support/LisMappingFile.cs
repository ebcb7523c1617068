using System.Diagnostics;
using Xunit.Sdk;

namespace Adapter.EndToEnd.Tests.Support;

/// <summary>
/// A mappings folder with one <c>lis</c> partner, <c>lab-system</c>: every ORU^R01 from the default
/// listener becomes one <c>createTest</c>, <c>POST {E2E_LIS_URL}/tests</c> with the API key from
/// <c>E2E_LIS_KEY</c>.
/// </summary>
internal static class LisMappingFile
{
    public const string Partner = "lab-system";
    public const string Operation = "createTest";
    public const string UrlVariable = "E2E_LIS_URL";
    public const string KeyVariable = "E2E_LIS_KEY";

    private const string Yaml = """
        partner: lab-system
        kind: lis
        description: The test laboratory of the end-to-end delivery tests.
        settings:
          baseUrl: ${E2E_LIS_URL}
          clientId: e2e-client
          locationId: e2e-location
        auth:
          apiKey: ${E2E_LIS_KEY}
        accept:
          - listener: default
            messageType: ORU^R01
        operations:
          createTest:
            method: POST
            path: /tests
            fields:
              externalTestID: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
              patientID: "%patient.identifier.where(type.coding.code = 'MR').value.first()"
              result: "%observations.displayAll('\n')"
        responses:
          created:
            id: data.id

        """;

    public static void Write(string directory) => File.WriteAllText(Path.Combine(directory, $"{Partner}.yaml"), Yaml);

    /// <summary>Runs <c>adapter mapping validate DIR</c> with the given environment, and fails with its output unless the folder is valid.</summary>
    public static async Task ValidateAsync(string directory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var info = AdapterCommand.StartInfo(directory, "mapping", "validate", directory);
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("adapter mapping validate did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new XunitException($"The test mapping does not validate (exit code {process.ExitCode}):\n{await output}\n{await error}");
        }
    }
}
