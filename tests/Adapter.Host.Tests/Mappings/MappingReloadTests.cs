using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Adapter.Host.Mappings;
using Adapter.Host.Tests.Support;

namespace Adapter.Host.Tests.Mappings;

/// <summary>
/// The running service with a mappings folder: it refuses to start on an invalid file, rereads a
/// changed file (the 2-second figure is measured outside the tests, not timed here), keeps the last good version of a file that stops validating
/// (showing why in /admin/mappings and /health/ready), and applies the file again once fixed.
/// </summary>
public sealed class MappingReloadTests : IDisposable
{
    // Variable names unique to this class, so setting them cannot disturb tests running beside it.
    private const string Prefix = "ADAPTER_HOST_TESTS_RELOAD_";

    private const string GoodMapping = """
        partner: acme-labs
        kind: docus-labs
        settings:
          submitLabResultsUrl: https://docus.example/submit
          generateInterpretationUrl: https://docus.example/interpret
          reports: patients
        auth:
          apiKey: ${ADAPTER_HOST_TESTS_RELOAD_KEY}
          teamId: ${ADAPTER_HOST_TESTS_RELOAD_TEAM}
          inboundApiKey: ${ADAPTER_HOST_TESTS_RELOAD_INBOUND}
        accept:
          - listener: default
            messageType: ORU^R01
        operations:
          submitLabResults:
            fields:
              patient_id: "%patient.identifier.value.first()"
              reference_id: "%order.identifier.value.first()"
              patient_email: "%patient.telecom.where(system = 'email').value.first()"
              data: "%observations.count().toString()"
        """;

    private readonly TempDirectory _mappings = new();

    public MappingReloadTests()
    {
        Environment.SetEnvironmentVariable(Prefix + "KEY", "key");
        Environment.SetEnvironmentVariable(Prefix + "TEAM", "team");
        Environment.SetEnvironmentVariable(Prefix + "INBOUND", "inbound");
    }

    [Fact]
    public async Task Start_InvalidMappingFile_RefusesToStartNamingTheError()
    {
        // Arrange
        File.WriteAllText(_mappings.File("acme.yaml"), GoodMapping.Replace("reports: patients", "reports: everyone"));

        // Act
        var exception = await Assert.ThrowsAsync<MappingLoadException>(() => RunningAdapter.StartAsync(Configuration()));

        // Assert
        var error = Assert.Single(exception.Errors);
        Assert.Equal("acme.yaml:6:12: 'reports' is 'everyone', which is not one of: patients, physicians, both.", error.ToString());
    }

    [Fact]
    public async Task Reload_GoodBadGood_KeepsTheLastGoodVersionUntilFixed()
    {
        // Arrange
        File.WriteAllText(_mappings.File("acme.yaml"), GoodMapping);
        await using var adapter = await RunningAdapter.StartAsync(Configuration());
        var started = await MappingsAsync(adapter);
        Assert.Equal(["submitLabResults"], Operations(started));

        // Act 1: an edit that does not validate
        File.WriteAllText(_mappings.File("acme.yaml"), GoodMapping.Replace("kind: docus-labs", "kind: docus-lab"));
        await Eventually.UntilAsync(async () => Problems(await MappingsAsync(adapter)).Count == 1, "the broken file to be reported", TimeSpan.FromSeconds(10));

        // Assert 1: the last good version still in force, readiness and the log say why
        var whileBroken = await MappingsAsync(adapter);
        Assert.Equal(["submitLabResults"], Operations(whileBroken));
        Assert.Equal("acme.yaml:2:7: 'kind' is 'docus-lab', which is not one of: docus-labs, docus-medical-center, imaging-ai-retrieval, lis, qubs.", Problems(whileBroken)[0]);
        using var ready = await adapter.Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var health = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Contains(health.GetProperty("checks").EnumerateArray(), check => check.GetProperty("name").GetString() == "mappings"
            && check.GetProperty("description").GetString()!.Contains("acme.yaml:2:7", StringComparison.Ordinal));
        var logged = Assert.Single(adapter.Logs.WithEventId(5002));
        Assert.Contains("\"acme.yaml\":2:7 not applied", logged.RenderMessage(), StringComparison.Ordinal);

        // Act 2: the fix, which also adds an operation
        File.WriteAllText(_mappings.File("acme.yaml"), GoodMapping + """

              generateInterpretation:
                trigger: all-orders-final
                fields:
                  patient_id: "%patient.identifier.value.first()"
                  reference_id: "%order.identifier.value.first()"
            """);
        await Eventually.UntilAsync(async () => Problems(await MappingsAsync(adapter)).Count == 0, "the fixed file to be applied", TimeSpan.FromSeconds(10));

        // Assert 2: the new version is in force
        Assert.Equal(["submitLabResults", "generateInterpretation"], Operations(await MappingsAsync(adapter)));
    }

    public void Dispose() => _mappings.Dispose();

    private string[] Configuration() => [$"--Mappings:Directory={_mappings.Path}", "--Mappings:PollInterval=00:00:00.250"];

    private static async Task<JsonElement> MappingsAsync(RunningAdapter adapter) =>
        await adapter.Http.GetFromJsonAsync<JsonElement>(new Uri("/admin/mappings", UriKind.Relative));

    private static List<string> Operations(JsonElement mappings) =>
        [.. mappings.GetProperty("partners").EnumerateArray().Single().GetProperty("operations").EnumerateArray().Select(operation => operation.GetString()!)];

    private static List<string> Problems(JsonElement mappings) =>
        [.. mappings.GetProperty("problems").EnumerateArray().Select(problem =>
            $"{problem.GetProperty("file").GetString()}:{problem.GetProperty("line").GetInt32()}:{problem.GetProperty("column").GetInt32()}: {problem.GetProperty("message").GetString()}")];
}
