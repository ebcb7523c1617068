namespace Adapter.Engine.Tests.Support;

/// <summary>Partner mapping files for routing and delivery tests, written the way analysts write them.</summary>
internal static class TestMappings
{
    /// <summary>The environment the files below name.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["LABS_SUBMIT_URL"] = "http://127.0.0.1:9/submit",
        ["LABS_INTERPRET_URL"] = "http://127.0.0.1:9/interpret",
        ["LABS_API_KEY"] = "test-key",
        ["LABS_TEAM_ID"] = "test-team",
        ["LABS_INBOUND_KEY"] = "inbound-key",
        ["QUBS_URL"] = "http://127.0.0.1:9",
        ["QUBS_TOKEN_URL"] = "http://127.0.0.1:9/token",
        ["QUBS_CLIENT_ID"] = "client",
        ["QUBS_CLIENT_SECRET"] = "secret",
    };

    /// <summary>Docus labs: results of one visit (placer number) submitted, then one interpretation once every order is final.</summary>
    public const string DocusLabs = """
        partner: labs
        kind: docus-labs
        settings:
          submitLabResultsUrl: ${LABS_SUBMIT_URL}
          generateInterpretationUrl: ${LABS_INTERPRET_URL}
          reports: patients
        auth:
          apiKey: ${LABS_API_KEY}
          teamId: ${LABS_TEAM_ID}
          inboundApiKey: ${LABS_INBOUND_KEY}
        accept:
          - listener: lab-results
            messageType: ORU^R01
        operations:
          submitLabResults:
            fields:
              patient_id: "%patient.identifier.where(type.coding.code = 'MR').value.first()"
              reference_id: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
              patient_email: "%patient.telecom.where(system = 'email').value.first()"
              data: "%observations.displayAll('\n')"
          generateInterpretation:
            trigger: all-orders-final
            fields:
              patient_id: "%patient.identifier.where(type.coding.code = 'MR').value.first()"
              reference_id: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
        """;

    /// <summary>QUBS: one report per appointment (the placer number), which honours Idempotency-Key.</summary>
    public const string Qubs = """
        partner: reports
        kind: qubs
        settings:
          baseUrl: ${QUBS_URL}
          tokenUrl: ${QUBS_TOKEN_URL}
          domain: test
        auth:
          clientId: ${QUBS_CLIENT_ID}
          clientSecret: ${QUBS_CLIENT_SECRET}
        accept:
          - listener: lab-results
            messageType: ORU^R01
        operations:
          submitReport:
            pathParameters:
              appointmentId: "%order.identifier.where(type.coding.code = 'PLAC').value.first()"
            fields:
              reportText: "%observations.displayAll('\n')"
              reportStatus: "iif(%report.status = 'final', 'final', 'preliminary')"
              reportFormat: "'text/plain'"
        """;
}
