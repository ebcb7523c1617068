using Adapter.Mapping.Documents;
using Adapter.Mapping.Expressions;
using Adapter.Mapping.Loading;
using Adapter.Mapping.Lookups;
using Adapter.Mapping.Model;
using Adapter.Mapping.Planning;
using Hl7.Fhir.Model;

namespace Adapter.Mapping.Tests.Planning;

public sealed class OperationPlannerTests
{
    private const string Lis = """
        partner: lab-partner
        kind: lis
        settings:
          baseUrl: https://lis.example/api
          clientId: C1
          locationId: L1
        auth:
          apiKey: ${LIS_KEY}
        accept:
          - listener: orders
            messageType: ORM^O01
        operations:
          createTest:
            forEach: "%orders"
            when: "%item.status = 'active'"
            method: POST
            path: /locations/{locationId}/patients/{patientId}/tests
            pathParameters:
              patientId: "%patient.identifier.value.first()"
            fields:
              externalOrderID: "%item.identifier.value.first()"
              testCode: "%item.code.coding.code.first()"
        responses:
          created:
            id: data.id
        """;

    [Fact]
    public void Plan_ForEachOrder_PlansOneCallPerItemThatPassesWhen()
    {
        // Arrange
        var mapping = Load(Lis);
        var bundle = Bundle(
            Order("ORD-1", "GLU", RequestStatus.Active),
            Order("ORD-2", "HBA1C", RequestStatus.Active),
            Order("ORD-3", "K", RequestStatus.Revoked));

        // Act
        var planned = OperationPlanner.Plan(mapping, new MessageScope(bundle, null, LookupTables.Empty));

        // Assert
        Assert.Equal(["ORD-1", "ORD-2"], planned.Select(operation => operation.Body["externalOrderID"]!.GetValue<string>()));
        Assert.Equal(["GLU", "HBA1C"], planned.Select(operation => operation.Body["testCode"]!.GetValue<string>()));
        Assert.All(planned, operation => Assert.Equal("/locations/L1/patients/MRN-7/tests", operation.Path));
    }

    [Fact]
    public void Plan_ForEachOverNothing_PlansNoCall()
    {
        // Arrange
        var mapping = Load(Lis);

        // Act
        var planned = OperationPlanner.Plan(mapping, new MessageScope(Bundle(), null, LookupTables.Empty));

        // Assert
        Assert.Empty(planned);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void Plan_WhenOnABooleanElement_FollowsItsValue(bool active, int expected)
    {
        // Arrange
        var mapping = Load(Lis.Replace("%item.status = 'active'", "%patient.active", StringComparison.Ordinal));
        var bundle = Bundle(Order("ORD-1", "GLU", RequestStatus.Active));
        ((Patient)bundle.Entry[0].Resource!).Active = active;

        // Act
        var planned = OperationPlanner.Plan(mapping, new MessageScope(bundle, null, LookupTables.Empty));

        // Assert
        Assert.Equal(expected, planned.Count);
    }

    [Fact]
    public void Plan_NoneOfAtLeastOneOfHasAValue_Warns()
    {
        // Arrange
        const string Imaging = """
            partner: ai
            kind: imaging-ai-retrieval
            settings:
              baseUrl: https://ai.example
              tokenUrl: https://ai.example/token
              organizationId: ORG
            auth:
              clientId: ${ID}
              clientSecret: ${SECRET}
            responses:
              reports: { items: reports, reportId: id, orderId: orderId, reportType: type, content: content }
            accept:
              - listener: orders
            operations:
              trackOrder:
                fields:
                  study_uid: "%order.identifier.where(system = 'urn:dicom:uid').value.first()"
            """;
        var mapping = Load(Imaging);

        // Act
        var planned = Assert.Single(OperationPlanner.Plan(mapping, new MessageScope(Bundle(Order("ORD-1", "CT", RequestStatus.Active)), null, LookupTables.Empty)));

        // Assert
        Assert.Equal(["The partner needs at least one of order_id or study_uid, and none has a value for this message."], planned.Warnings);
    }

    private const string Qubs = """
        partner: reporting
        kind: qubs
        settings:
          baseUrl: https://partners.qubs.example
          tokenUrl: https://auth.qubs.example/token
          domain: d1
        auth:
          clientId: ${ID}
          clientSecret: ${SECRET}
        accept:
          - listener: results
        operations:
          createComment:
            pathParameters:
              appointmentId: "%orders.identifier.value.single()"
            fields:
              commentText: "'Seen'"
              isAlert: "'yes'"
          createReportAttachmentUploads:
            pathParameters:
              appointmentId: "%order.identifier.value.first()"
            fields:
              items:
                fileName: "'report.pdf'"
                contentType: "'application/pdf'"
        """;

    [Fact]
    public void Plan_ExpressionFailingOnTheMessage_WarnsWithoutTheValues()
    {
        // Arrange
        var mapping = Load(Qubs);
        var bundle = Bundle(Order("ORD-1", "CT", RequestStatus.Active), Order("ORD-2", "MR", RequestStatus.Active));

        // Act
        var comment = OperationPlanner.Plan(mapping, new MessageScope(bundle, null, LookupTables.Empty)).First(operation => operation.Operation == "createComment");

        // Assert
        Assert.Contains("m.yaml:15:22: the expression failed on this message (InvalidOperationException) and gives nothing.", comment.Warnings);
        Assert.Contains("appointmentId is needed in the path but has no value for this message.", comment.Warnings);
        Assert.DoesNotContain(comment.Warnings, warning => warning.Contains("ORD-", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_TextWhereTheDocumentSaysBoolean_WarnsAndSendsTheText()
    {
        // Arrange
        var mapping = Load(Qubs);

        // Act
        var comment = OperationPlanner.Plan(mapping, new MessageScope(Bundle(Order("ORD-1", "CT", RequestStatus.Active)), null, LookupTables.Empty)).First(operation => operation.Operation == "createComment");

        // Assert
        Assert.Equal("yes", comment.Body["isAlert"]!.GetValue<string>());
        Assert.Contains("isAlert should be a true or false, and is sent as text.", comment.Warnings);
    }

    [Fact]
    public void Plan_ListField_IsSentAsAList()
    {
        // Arrange
        var mapping = Load(Qubs);

        // Act
        var uploads = OperationPlanner.Plan(mapping, new MessageScope(Bundle(Order("ORD-1", "CT", RequestStatus.Active)), null, LookupTables.Empty)).First(operation => operation.Operation == "createReportAttachmentUploads");

        // Assert
        Assert.Equal("""[{"fileName":"report.pdf","contentType":"application/pdf"}]""", uploads.Body["items"]!.ToJsonString());
        Assert.Equal("/integrations/v1/d1/reporting/appointments/ORD-1/report/attachments", uploads.Path);
    }

    [Fact]
    public void Load_ItemWithoutForEach_SaysTheOperationHasNoForEach()
    {
        // Act
        var errors = Errors(Lis.Replace("    forEach: \"%orders\"\n", string.Empty, StringComparison.Ordinal));

        // Assert
        Assert.Contains("m.yaml:14:11: %item is each item of an operation's forEach; this operation has no forEach.", errors);
    }

    [Fact]
    public void Load_PathPlaceholderWithoutValue_NamesIt()
    {
        // Act
        var errors = Errors(Lis.Replace("{patientId}", "{patientNumber}", StringComparison.Ordinal));

        // Assert
        Assert.Equal("m.yaml:17:11: The path names {patientNumber}, which is neither a pathParameters entry nor a setting.", Assert.Single(errors));
    }

    private static PartnerMapping Load(string yaml)
    {
        var errors = new List<MappingError>();
        var mapping = new MappingLoader(_ => "key").LoadFile("m.yaml", yaml, LookupTables.Empty, errors);
        Assert.Empty(errors);
        return mapping!;
    }

    private static List<string> Errors(string yaml)
    {
        var errors = new List<MappingError>();
        new MappingLoader(_ => "key").LoadFile("m.yaml", yaml, LookupTables.Empty, errors);
        return [.. errors.Select(error => error.ToString())];
    }

    private static Bundle Bundle(params ServiceRequest[] orders)
    {
        var bundle = new Bundle { Type = Hl7.Fhir.Model.Bundle.BundleType.Transaction };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = new Patient { Identifier = [new Identifier("urn:mrn", "MRN-7")] } });
        foreach (var order in orders)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = order });
        }

        return bundle;
    }

    private static ServiceRequest Order(string number, string code, RequestStatus status) => new()
    {
        Status = status,
        Intent = RequestIntent.Order,
        Identifier = [new Identifier("urn:placer", number)],
        Code = new CodeableConcept("urn:local", code),
    };
}
