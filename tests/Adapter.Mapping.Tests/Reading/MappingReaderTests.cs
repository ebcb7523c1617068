using Adapter.Mapping.Model;
using Adapter.Mapping.Tests.Support;

namespace Adapter.Mapping.Tests.Reading;

public sealed class MappingReaderTests
{
    private const string LisMapping = """
        partner: city-lis
        kind: lis
        settings:
          baseUrl: https://lis.example/api
          clientId: client-1
          locationId: location-1
        auth:
          apiKey: ${API_KEY}
        accept:
          - listener: orders
        operations:
          createPatient:
            method: POST
            fields:
              externalPatientID: "%patient.identifier.value.first()"
        responses:
          created:
            id: data.id

        """;

    [Fact]
    public void Read_UnknownSetting_SuggestsTheClosest()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  reports: physicians", "  reports: physicians\n  reportz: both");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:7:3: 'reportz' is not a settings key of this kind (submitLabResultsUrl, generateInterpretationUrl, reports); did you mean 'reports'?", Assert.Single(errors));
    }

    [Fact]
    public void Read_MissingSetting_ReportsItAtTheSettingsBlock()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  reports: physicians                                   # 6\n", string.Empty);

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:3:1: settings needs 'reports': Who Docus writes reports for, as agreed at onboarding: patients, physicians or both.", Assert.Single(errors));
    }

    [Fact]
    public void Read_CredentialWrittenAsValue_AsksForAnEnvironmentVariable()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("apiKey: ${API_KEY}", "apiKey: abc123");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Contains("m.yaml:8:11: 'apiKey' is a credential: write the name of the environment variable that holds it, as ${NAME}, never the value itself.", errors);
    }

    [Fact]
    public void Read_CredentialWrittenAsValue_IsReportedOnce()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("apiKey: ${API_KEY}", "apiKey: abc123");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Equal("m.yaml:8:11: 'apiKey' is a credential: write the name of the environment variable that holds it, as ${NAME}, never the value itself.", Assert.Single(errors));
    }

    [Fact]
    public void Read_UnknownCredential_SuggestsTheClosest()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  teamId: ${TEAM_ID}", "  apiKy: ${API_KEY}\n  teamId: ${TEAM_ID}");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        var error = Assert.Single(errors);
        Assert.StartsWith("m.yaml:9:3: 'apiKy' is not a", error);
        Assert.EndsWith("auth key of this kind (apiKey, teamId, inboundApiKey); did you mean 'apiKey'?", error);
    }

    [Fact]
    public void Read_UnknownCredential_SaysAnAuthKey()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  teamId: ${TEAM_ID}", "  apiKy: ${API_KEY}\n  teamId: ${TEAM_ID}");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Equal("m.yaml:9:3: 'apiKy' is not an auth key of this kind (apiKey, teamId, inboundApiKey); did you mean 'apiKey'?", Assert.Single(errors));
    }

    [Fact]
    public void Read_EnvironmentVariableNotSet_NamesIt()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("teamId: ${TEAM_ID}", "teamId: ${DOCUS_TEAM}");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:9:11: The environment variable DOCUS_TEAM is not set; the service needs it to call this partner.", Assert.Single(errors));
    }

    [Fact]
    public void Read_EnvironmentVariableInsideAUrl_IsSubstituted()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("https://docus.example/gen", "https://${API_KEY}.example/gen");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Empty(errors);
        Assert.Equal("https://key-1.example/gen", mapping!.Settings["generateInterpretationUrl"]);
    }

    [Fact]
    public void Read_UrlWithoutScheme_AsksForAnAbsoluteUrl()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("https://docus.example/gen", "docus.example/gen");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:5:30: 'generateInterpretationUrl' must be an absolute http or https URL.", Assert.Single(errors));
    }

    [Fact]
    public void Read_UrlFromEnvironmentWithoutScheme_SaysTheVariableWasFilledIn()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("https://docus.example/gen", "${NOT_A_URL}");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Equal("m.yaml:5:30: 'generateInterpretationUrl' must be an absolute http or https URL (after its environment variables are filled in).", Assert.Single(errors));
    }

    [Fact]
    public void Read_SettingNotAnAllowedValue_ListsTheValues()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("reports: physicians", "reports: everyone");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:6:12: 'reports' is 'everyone', which is not one of: patients, physicians, both.", Assert.Single(errors));
    }

    [Fact]
    public void Read_MisspeltOperation_SuggestsTheClosest()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  generateInterpretation:", "  generateInterpretaton:");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:21:3: 'generateInterpretaton' is not an operation of docus-labs (submitLabResults, generateInterpretation); did you mean 'generateInterpretation'?", Assert.Single(errors));
    }

    [Fact]
    public void Read_UnknownField_ListsTheFieldsOfTheRequest()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("      data: \"'results'\"", "      patient_name: \"%patient.name.family.first()\"\n      data: \"'results'\"");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:20:7: 'patient_name' is not a field of this request (patient_id, reference_id, patient_email, physician_email, data, file_base64).", Assert.Single(errors));
    }

    [Fact]
    public void Read_MissingRequiredField_ReportsItAtTheFieldsBlock()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("      reference_id: \"%order.identifier.value.first()\"   # 18\n", string.Empty);

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:16:5: fields needs 'reference_id': The visit or order the result belongs to; every result of one visit must carry the same value.", Assert.Single(errors));
    }

    [Fact]
    public void Read_PatientReportsWithoutPatientEmail_RequiresIt()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("reports: physicians", "reports: patients");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:16:5: fields needs 'patient_email' because reports is patients: The patient's email; Docus creates the patient's account with it, so it is needed when patients get reports.", Assert.Single(errors));
    }

    [Fact]
    public void Read_PatientReportsWithPatientEmail_Loads()
    {
        // Arrange
        var yaml = DocusLabsMapping
            .With("reports: physicians", "reports: patients")
            .Replace("      data:", "      patient_email: \"%patient.telecom.where(system = 'email').value.first()\"\n      data:", StringComparison.Ordinal);

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Empty(errors);
        Assert.Contains(mapping!.Operations[0].Fields, field => field.Name == "patient_email");
    }

    [Fact]
    public void Read_NeitherDataNorFile_NeedsOneOfThem()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("      data: \"'results'\"                                 # 20\n", string.Empty);

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:15:3: submitLabResults needs at least one of data or file_base64.", Assert.Single(errors));
    }

    [Fact]
    public void Read_FileInsteadOfData_LoadsTheObjectWithItsFields()
    {
        // Arrange
        var yaml = DocusLabsMapping.With(
            "      data: \"'results'\"",
            "      file_base64:\n        mime_type: \"'application/pdf'\"\n        content: \"%report.presentedForm.data.first()\"\n        file_name: \"'results.pdf'\"");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Empty(errors);
        var file = Assert.Single(mapping!.Operations[0].Fields, field => field.Name == "file_base64");
        Assert.Null(file.Expression);
        Assert.Equal(["mime_type", "content", "file_name"], file.Fields.Select(field => field.Name));
    }

    [Fact]
    public void Read_ObjectFieldGivenAsExpression_AsksForItsFields()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("      data: \"'results'\"", "      data: \"'results'\"\n      file_base64: \"%report.presentedForm.data.first()\"");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:21:20: 'file_base64' is an object: give its fields (mime_type, content, file_name) as a block under it.", Assert.Single(errors));
    }

    [Fact]
    public void Read_ObjectFieldMissingARequiredField_NamesIt()
    {
        // Arrange
        var yaml = DocusLabsMapping.With(
            "      data: \"'results'\"",
            "      file_base64:\n        mime_type: \"'application/pdf'\"\n        file_name: \"'results.pdf'\"");

        // Act
        var (_, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Equal("m.yaml:20:7: 'file_base64' needs 'content': The file's bytes, base64-encoded.", Assert.Single(errors));
    }

    [Fact]
    public void Read_QuietPeriodTriggerWithoutQuietPeriod_AsksForIt()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("trigger: all-orders-final", "trigger: quiet-period");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:5: trigger quiet-period needs 'quietPeriod', e.g. quietPeriod: 30m.", Assert.Single(errors));
    }

    [Fact]
    public void Read_QuietPeriodWithAnotherTrigger_SaysItOnlyAppliesToQuietPeriod()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("    trigger: all-orders-final", "    trigger: all-orders-final\n    quietPeriod: 30m");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:23:5: 'quietPeriod' only applies with trigger: quiet-period.", Assert.Single(errors));
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("30m", 30 * 60)]
    [InlineData("2h", 2 * 60 * 60)]
    public void Read_QuietPeriod_ReadsTheWait(string written, int seconds)
    {
        // Arrange
        var yaml = DocusLabsMapping.With("trigger: all-orders-final", $"trigger: quiet-period\n    quietPeriod: {written}");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Empty(errors);
        Assert.Equal(OperationTrigger.QuietPeriod, mapping!.Operations[1].Trigger);
        Assert.Equal(TimeSpan.FromSeconds(seconds), mapping.Operations[1].QuietPeriod);
    }

    [Fact]
    public void Read_LisOperationWithoutPath_AsksForMethodAndPath()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(LisMapping);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:12:3: createPatient needs 'method' and 'path': the lis documents leave them to the mapping.", Assert.Single(errors));
    }

    [Fact]
    public void Read_LisOperationWithMethodAndPath_TakesThemFromTheMapping()
    {
        // Arrange
        var yaml = LisMapping.Replace("    method: POST\n", "    method: PUT\n    path: /patients\n", StringComparison.Ordinal);

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Empty(errors);
        var operation = Assert.Single(mapping!.Operations);
        Assert.Equal("PUT", operation.Method);
        Assert.Equal("/patients", operation.Path);
    }

    [Fact]
    public void Read_DocusOperationWithMethod_AsksToRemoveIt()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("    trigger: all-orders-final", "    method: POST\n    trigger: all-orders-final");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:22:5: generateInterpretation has its method and path from the docus-labs documents; remove 'method' and 'path'.", Assert.Single(errors));
    }

    [Fact]
    public void Read_AcceptRuleWithoutSource_AsksForListenerOrFhir()
    {
        // Arrange
        var yaml = DocusLabsMapping.With("  - listener: lab-results                               # 12\n    messageType", "  - messageType");

        // Act
        var (mapping, errors) = DocusLabsMapping.Load(yaml);

        // Assert
        Assert.Null(mapping);
        Assert.Equal("m.yaml:12:5: An accept rule names where messages come from: 'listener' (an MLLP listener) and/or 'fhir: true'.", Assert.Single(errors));
    }

    [Fact]
    public void Read_MalformedEnvironmentReference_NamesIt()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(DocusLabsMapping.With("${SUBMIT_URL}", "${SUBMIT-URL}"));

        // Assert
        Assert.Equal("m.yaml:4:24: '${SUBMIT-URL}' is not an environment variable reference: a name has letters, digits and _ only, as in ${DOCUS_LABS_API_KEY}.", Assert.Single(errors));
    }

    // LisMapping with the path its operation needs, so the only errors are the ones a test makes.
    private static string LisWithPath => LisMapping.Replace("    method: POST\n", "    method: POST\n    path: /patients\n", StringComparison.Ordinal);

    [Fact]
    public void Read_LisWithoutResponses_AsksForTheCreatedAnswer()
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(LisMapping[..LisMapping.IndexOf("responses:", StringComparison.Ordinal)]);

        // Assert
        Assert.Contains("m.yaml:1:1: responses needs 'created': The answer to a create call: where the LIS's own identifier of what it created is. lis's documents do not give its shape.", errors);
    }

    [Theory]
    [InlineData("id: data.id", "idd: data.id", "m.yaml:19:5: 'idd' is not a value of the created answer (id); did you mean 'id'?")]
    [InlineData("id: data.id", "id: data..id", "m.yaml:19:9: 'data..id' is not a path into JSON; write names joined by dots, with [n] for a list item, e.g. data.reports or result.items[0].id.")]
    [InlineData("  created:", "  made:", "m.yaml:18:3: 'made' is not an answer whose shape lis leaves open (created).")]
    public void Read_ResponsesWritten_AreChecked(string text, string replacement, string expected)
    {
        // Act
        var (_, errors) = DocusLabsMapping.Load(LisWithPath.Replace(text, replacement, StringComparison.Ordinal));

        // Assert
        Assert.Contains(expected, errors);
    }

    [Fact]
    public void Read_ResponsesGiven_AreInTheModel()
    {
        // Act
        var (mapping, errors) = DocusLabsMapping.Load(LisWithPath.Replace("id: data.id", "id: result.items[0].id", StringComparison.Ordinal));

        // Assert
        Assert.Empty(errors);
        Assert.Equal("result.items[0].id", mapping!.Responses["created"]["id"]);
    }
}
