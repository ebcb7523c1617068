namespace Adapter.Mapping.Kinds;

/// <summary>
/// The partner kinds a mapping file may select with <c>kind:</c>, each built from its vendor document
/// under <c>shared/vendor-docs/</c>. References are <c>file:line</c> in those documents; README.md adds
/// facts from the vendors' public pages that the <c>.txt</c> files leave out.
/// </summary>
/// <remarks>
/// Longer than a usual file because it is the one place where vendor facts become specifications:
/// splitting it per kind would scatter the citations an analyst checks side by side.
/// </remarks>
public static class ConnectorKinds
{
    /// <summary>Every kind, in the order the schema and the documentation list them.</summary>
    public static IReadOnlyList<ConnectorKind> All { get; } =
        [DocusLabs(), DocusMedicalCenter(), ImagingAiRetrieval(), Lis(), Qubs()];

    /// <summary>The kind of this name (compared ordinally), if there is one.</summary>
    public static ConnectorKind? Find(string name) =>
        All.FirstOrDefault(kind => string.Equals(kind.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Docus CDS API for labs (docus-labs-cds-api.txt:29-107; README.md:18-29). Each operation has its
    /// own URL setting because the URLs are handed over at onboarding (README.md:19-20) and no document
    /// says they share a base. The report audience chosen at onboarding (docus-labs-cds-api.txt:31-37)
    /// decides which emails are required, so it is a setting the email fields depend on.
    /// </summary>
    private static ConnectorKind DocusLabs() => new(
        "docus-labs",
        "Sends lab results to Docus and asks it to write interpretation reports for patients, physicians or both.",
        [
            Url("submitLabResultsUrl", "The Submit Lab Results address Docus gives at onboarding."),
            Url("generateInterpretationUrl", "The Generate Interpretation address Docus gives at onboarding."),
            new SettingSpec("reports", Required: true, Secret: false,
                "Who Docus writes reports for, as agreed at onboarding: patients, physicians or both.")
            {
                AllowedValues = ["patients", "physicians", "both"],
            },
        ],
        DocusAuth(),
        [SubmitLabResults(), GenerateInterpretation()])
    {
        Authentication = PartnerAuthentication.ApiKeyAndTeam,
    };

    /// <summary>
    /// docus-labs-cds-api.txt:40-51 and README.md:21-24. The emails are required by audience
    /// (docus-labs-cds-api.txt:35-37, 46-47); "at least one of data or file_base64" is line 49. No
    /// MIME type list is documented for labs (the PDF/DOC/DOCX list is the medical centers' only), so
    /// <c>mime_type</c> stays free text here.
    /// </summary>
    private static OperationSpec SubmitLabResults() => new(
        "submitLabResults",
        "POST",
        "Sends one lab result (as text, a file or both) to Docus under the patient's visit.",
        [
            Required("patient_id", FieldType.String, "Our identifier of the patient."),
            Required("reference_id", FieldType.String,
                "The visit or order the result belongs to; every result of one visit must carry the same value."),
            new FieldSpec("patient_email", FieldType.Email, Required: false,
                "The patient's email; Docus creates the patient's account with it, so it is needed when patients get reports.")
            {
                RequiredWhen = new SettingCondition("reports", ["patients", "both"]),
            },
            new FieldSpec("physician_email", FieldType.Email, Required: false,
                "The physician's email; Docus creates the physician's account with it, so it is needed when physicians get reports.")
            {
                RequiredWhen = new SettingCondition("reports", ["physicians", "both"]),
            },
            Optional("data", FieldType.String,
                "The results as text; Docus recommends sending it even with a file, for anything the file lacks."),
            FileBase64(Required("mime_type", FieldType.String, "The file's MIME type, such as application/pdf.")),
        ])
    {
        AtLeastOneOf = [["data", "file_base64"]],
        UrlSetting = "submitLabResultsUrl",
        OrderedBy = "reference_id",
    };

    /// <summary>
    /// docus-labs-cds-api.txt:72-81 (called "Generate Report" there, "Generate Interpretation" at line 6)
    /// and README.md:25. Docus asks that it be sent only once the visit is complete (line 105), which
    /// is the mapping's <c>when</c> rule, not a field.
    /// </summary>
    private static OperationSpec GenerateInterpretation() => new(
        "generateInterpretation",
        "POST",
        "Asks Docus to write the interpretation reports for a visit once all its results have been sent.",
        [
            Required("patient_id", FieldType.String, "Our identifier of the patient, as sent with the results."),
            Required("reference_id", FieldType.String, "The visit or order whose results the reports cover."),
        ])
    {
        UrlSetting = "generateInterpretationUrl",
        OrderedBy = "reference_id",
    };

    /// <summary>
    /// Docus API for medical centers (docus-medical-centers-api.txt:1-29; README.md:31-39). The
    /// <c>.txt</c> is cut off where it names the headers (line 28), so <c>x-api-key</c> and
    /// <c>x-team-id</c> come from README.md:32. There is no interpretation call: doctors trigger it in
    /// the Docus interface, or Docus generates it the day after the patient is created (line 25).
    /// </summary>
    private static ConnectorKind DocusMedicalCenter() => new(
        "docus-medical-center",
        "Sends a patient's medical records to Docus, which builds the patient's health history and interpretations.",
        [Url("submitMedicalDataUrl", "The Submit Medical Data address Docus gives at onboarding.")],
        DocusAuth(),
        [SubmitMedicalData()])
    {
        Authentication = PartnerAuthentication.ApiKeyAndTeam,
    };

    /// <summary>
    /// docus-medical-centers-api.txt:15-20 and README.md:32-35. PDF, DOC and DOCX are the only files
    /// named (line 18); their MIME strings are not spelled out, so the three values below are the
    /// standard registrations for those formats, an assumption of ours.
    /// </summary>
    private static OperationSpec SubmitMedicalData() => new(
        "submitMedicalData",
        "POST",
        "Sends one medical document (as text, a file or both) to the patient's Docus health history.",
        [
            Required("patient_id", FieldType.String,
                "Our identifier of the patient; Docus creates the patient on the first record it receives."),
            Required("data_type", FieldType.String,
                "What the document is: lab_results for lab results, otherwise any descriptive value such as discharge_summary."),
            Optional("document_id", FieldType.String,
                "A stable identifier of the document; sending the same one again replaces the earlier version."),
            Optional("data", FieldType.String, "The document's content as text."),
            FileBase64(new FieldSpec("mime_type", FieldType.Enum, Required: true,
                "The file's MIME type: PDF, Word (DOC) or Word (DOCX) only.")
            {
                AllowedValues =
                [
                    "application/pdf",
                    "application/msword",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ],
            }),
        ])
    {
        AtLeastOneOf = [["data", "file_base64"]],
        UrlSetting = "submitMedicalDataUrl",
        // Docus creates the patient on the first record (line 25): a patient's documents go one at a time.
        OrderedBy = "patient_id",
    };

    /// <summary>
    /// The credentials both Docus kinds use: outbound headers from docus-labs-cds-api.txt:87-90 and
    /// README.md:21, 32; the inbound key from docus-labs-cds-api.txt:92-95 and README.md:26-27, 36.
    /// </summary>
    private static IReadOnlyList<SettingSpec> DocusAuth() =>
    [
        Credential("apiKey", "The API key Docus issues at onboarding, sent in the x-api-key header."),
        Credential("teamId", "The team identifier Docus issues at onboarding, sent in the x-team-id header."),
        Credential("inboundApiKey",
            "The key we give Docus, which Docus sends in the x-api-key header when it delivers access links to us."),
    ];

    /// <summary>
    /// The <c>file_base64</c> object both Docus kinds accept (README.md:23, 34-35), with the
    /// <c>mime_type</c> rule of the kind.
    /// </summary>
    private static FieldSpec FileBase64(FieldSpec mimeType) =>
        new("file_base64", FieldType.Object, Required: false, "A file sent with the data, or instead of it.")
        {
            Fields =
            [
                mimeType,
                Required("content", FieldType.Base64, "The file's bytes, base64-encoded."),
                Required("file_name", FieldType.String, "The file's name, such as results.pdf."),
            ],
        };

    /// <summary>
    /// Imaging-AI cloud report retrieval (radiology-report-retrieval-api.txt:15-56; README.md:41-48).
    /// Neither the API base URL nor the token URL is given; the token call is documented as
    /// <c>GET &lt;oauth2_endpoint&gt;/token</c> (line 28) although client credentials is normally a
    /// POST, hence <c>tokenMethod</c>. Scope names are not given (lines 11, 19). Report formats come
    /// from the vendor's SDKs (README.md:44), not from the document.
    /// </summary>
    private static ConnectorKind ImagingAiRetrieval() => new(
        "imaging-ai-retrieval",
        "Tracks imaging orders at the Imaging-AI cloud and brings its diagnostic reports back.",
        [
            Url("baseUrl", "The address of the vendor's report retrieval API."),
            Url("tokenUrl", "The address where the adapter obtains its access token."),
            new SettingSpec("tokenMethod", Required: false, Secret: false,
                "How the token is requested: GET as the vendor's page shows, or POST as most token servers expect.")
            {
                AllowedValues = ["GET", "POST"],
            },
            Setting("organizationId", required: true, "Our organization's identifier at the vendor, used to poll for new reports."),
            Setting("reportTypes", required: false,
                "The report formats to fetch, separated by commas, from TXT, PDF, XML, PNG and JSON."),
            Setting("scope", required: false, "The access scope to request with the token, if the vendor names one."),
        ],
        [
            Credential("clientId", "The client identifier the vendor issues for the adapter."),
            Credential("clientSecret", "The client secret the vendor issues with the client identifier."),
        ],
        [TrackOrder()])
    {
        Responses = [ImagingReports()],
    };

    /// <summary>
    /// GET /reports (radiology-report-retrieval-api.txt:51-56) returns "all reports ... not yet
    /// retrieved", but no document gives the body (README.md:47-48): the mapping says where the
    /// list and each report's values are.
    /// </summary>
    private static ResponseSpec ImagingReports() => new(
        "reports",
        "The answer to GET /reports: the list of reports not yet retrieved.",
        [
            Required("items", FieldType.String, "Where the list of reports is in the answer (an empty path if the answer is the list itself)."),
            Required("reportId", FieldType.String, "In each report: its identifier, used to acknowledge it and to recognise it if it comes again."),
            Required("orderId", FieldType.String, "In each report: the vendor's order identifier."),
            Optional("studyUid", FieldType.String, "In each report: the DICOM Study Instance UID."),
            Optional("status", FieldType.String, "In each report: its status."),
            Required("reportType", FieldType.String, "In each report: its format (TXT, PDF, XML, PNG or JSON)."),
            Required("content", FieldType.String, "In each report: its content (text, or base64 for PDF and PNG)."),
        ]);

    /// <summary>
    /// No endpoint creates an order: images reach the vendor through its own DICOM ingestion
    /// (README.md:45-46). Tracking records the order and checks
    /// <c>GET /status?order_id=</c> or <c>GET /status?study_uid=</c> (radiology-report-retrieval-api.txt:31-36;
    /// line 34 lacks the <c>=</c>). The two values travel as query parameters, not a body; their names
    /// are documented, so the shape is not left to the mapping.
    /// </summary>
    private static OperationSpec TrackOrder() => new(
        "trackOrder",
        "GET",
        "Records an order for follow-up and checks its status; the vendor has no call that creates an order.",
        [
            Optional("order_id", FieldType.String, "The vendor's order identifier, when the order carries it."),
            Optional("study_uid", FieldType.String, "The DICOM Study Instance UID of the imaging study."),
        ])
    {
        Path = "/status",
        AtLeastOneOf = [["order_id", "study_uid"]],
        ShapeFromMapping = false,
    };

    /// <summary>
    /// LIS partner API (lis-partner-api.txt:1-44; README.md:50-54). The document gives permissions,
    /// the client and location scope (lines 25-33) and one field name, but no authentication scheme,
    /// paths or bodies: its developer documentation link is missing (lines 6-7). The API key and its
    /// header are therefore our assumption; <c>X-API-Key</c> is our default, not a vendor fact.
    /// </summary>
    private static ConnectorKind Lis() => new(
        "lis",
        "Creates and updates patients and tests in a laboratory information system.",
        [
            Url("baseUrl", "The address of the laboratory system's API."),
            Setting("clientId", required: true, "The client the laboratory gave us access to."),
            Setting("locationId", required: true, "The laboratory location we were given access to."),
            Setting("apiKeyHeader", required: false, "The header that carries the API key, X-API-Key unless the laboratory says otherwise."),
        ],
        [Credential("apiKey", "The API key the laboratory issues for the adapter.")],
        [
            LisOperation("createPatient", "POST",
                "Creates the patient at the method and path the mapping names; a patient created without an email gets no account to see results.",
                PatientFields()),
            LisOperation("updatePatient", "PUT",
                "Updates the patient's details at the method and path the mapping names.", PatientFields()),
            LisOperation("createTest", "POST",
                "Creates a sample or test order at the method and path the mapping names, with the fields it names.", []),
            LisOperation("updateTest", "PUT",
                "Updates a sample or test order at the method and path the mapping names, with the fields it names.", []),
        ])
    {
        Authentication = PartnerAuthentication.ApiKeyHeader,
        Responses = [LisCreated()],
    };

    /// <summary>
    /// The LIS assigns its own patient and test identifiers on creation (lis-partner-api.txt:39), and
    /// refuses a second patient with the same externalPatientID (lines 34-36) without saying how:
    /// the mapping names where the new identifier is (how a duplicate is answered belongs to the
    /// LIS connector, which the sandbox's shape will settle).
    /// </summary>
    private static ResponseSpec LisCreated() => new(
        "created",
        "The answer to a create call: where the LIS's own identifier of what it created is.",
        [
            Required("id", FieldType.String, "Where the LIS's identifier of the new patient or test is in the answer."),
        ]);

    /// <summary>
    /// One LIS call (lis-partner-api.txt:9-24). ShapeFromMapping because the document gives no paths
    /// or bodies: the method here is only the usual one, and the mapping names method, path and fields.
    /// </summary>
    private static OperationSpec LisOperation(
        string name, string method, string description, IReadOnlyList<FieldSpec> fields) =>
        new(name, method, description, fields) { ShapeFromMapping = true };

    /// <summary>
    /// <c>externalPatientID</c> is the one documented field: it identifies our patient and prevents
    /// duplicates (lis-partner-api.txt:34-41). The email is not a documented field name, but without
    /// one no patient account is created (lines 42-44), so createPatient's description warns of it.
    /// </summary>
    private static IReadOnlyList<FieldSpec> PatientFields() =>
    [
        Required("externalPatientID", FieldType.String,
            "Our identifier of the patient, which the laboratory uses to refuse a second patient with the same one."),
    ];

    /// <summary>
    /// QUBS Integrations API v1 (qubs-integrations-api.txt). Base URL lines 36-38; token endpoint and
    /// client-credentials flow lines 40-53; no scopes needed (line 18); every path carries the
    /// partner's <c>{domain}</c> (line 7).
    /// </summary>
    private static ConnectorKind Qubs() => new(
        "qubs",
        "Sends reports, report attachments and comments to QUBS tele-reporting appointments.",
        [
            Url("baseUrl", "The QUBS API address, https://partners.qubs.io in production."),
            Url("tokenUrl", "The QUBS token address, https://authenticate.qubs.io/oauth2/token."),
            Setting("domain", required: true, "Our partner domain at QUBS, which every request names."),
        ],
        [
            Credential("clientId", "The client identifier QUBS provisions for the integration."),
            Credential("clientSecret", "The client secret QUBS provisions with the client identifier."),
        ],
        [SubmitReport(), CreateComment(), CreateReportAttachmentUploads()]);

    /// <summary>
    /// qubs-integrations-api.txt:1057-1128. <c>reportText</c> has both a character and a UTF-8 byte
    /// limit (lines 1092-1094); <c>reportStatus</c> is compared without case (line 1099). A new
    /// submission overwrites the report (line 1063).
    /// </summary>
    private static OperationSpec SubmitReport() => QubsOperation(
        "submitReport",
        "/report",
        "Submits the preliminary or final report of an appointment, replacing any report sent before.",
        [
            new FieldSpec("reportText", FieldType.String, Required: true, "The report's text, stored exactly as sent.")
            {
                MaxLength = 2_097_152,
                MaxBytes = 2_097_152,
            },
            new FieldSpec("reportStatus", FieldType.Enum, Required: true, "Whether the report is preliminary or final.")
            {
                AllowedValues = ["preliminary", "final"],
            },
            Optional("reportFormat", FieldType.String, "The report text's MIME type, text/plain when left out."),
            Optional("interpretingClinicianName", FieldType.String, "The name of the clinician who interpreted the study."),
            Optional("interpretingClinicianProviderNumber", FieldType.String, "The interpreting clinician's provider number."),
            Optional("interpretingClinicianEmail", FieldType.Email, "The interpreting clinician's email address."),
            Optional("reportedAtUtc", FieldType.DateTime, "When the report was written or submitted, in UTC."),
        ]);

    /// <summary>
    /// qubs-integrations-api.txt:831-886. The type defaults to AA for alerts and AC otherwise
    /// (line 873); PC/PA are accepted although the call is described as an appointment comment (line 835).
    /// </summary>
    private static OperationSpec CreateComment() => QubsOperation(
        "createComment",
        "/comments",
        "Adds a comment or alert to an appointment.",
        [
            Required("commentText", FieldType.String, "The comment's text, which must not be blank."),
            new FieldSpec("commentType", FieldType.Enum, Required: false,
                "AC or AA for an appointment comment or alert, PC or PA for a patient comment or alert.")
            {
                AllowedValues = ["AC", "AA", "PC", "PA"],
            },
            Optional("isAlert", FieldType.Boolean, "Whether the comment is an alert."),
            Optional("commentDateTime", FieldType.DateTime, "When the comment was written, in UTC."),
        ]);

    /// <summary>
    /// qubs-integrations-api.txt:1176-1233. Each item returns an upload URL that takes the file's bytes
    /// in one PUT of at most 2 MB (lines 1180, 1184); that upload is not a body field, so it is not an
    /// operation here.
    /// </summary>
    private static OperationSpec CreateReportAttachmentUploads() => QubsOperation(
        "createReportAttachmentUploads",
        "/report/attachments",
        "Registers the report's attachments (PDF or DICOM SR) and gets an upload address for each.",
        [
            new FieldSpec("items", FieldType.List, Required: true, "The attachments to register, at most 20 per call.")
            {
                MaxItems = 20,
                Fields =
                [
                    new FieldSpec("fileName", FieldType.String, Required: true, "The attachment's file name.")
                    {
                        MaxLength = 255,
                    },
                    new FieldSpec("contentType", FieldType.Enum, Required: false, "The attachment's MIME type, PDF or DICOM.")
                    {
                        AllowedValues = ["application/pdf", "application/dicom"],
                    },
                    Optional("category", FieldType.String, "The attachment's category, report when left out."),
                ],
            },
        ]);

    /// <summary>
    /// A QUBS reporting POST on one appointment (path prefix from qubs-integrations-api.txt:81, 109, 147).
    /// <c>{domain}</c> is filled from the <c>domain</c> setting, so only <c>appointmentId</c> is a path
    /// parameter the mapping computes (lines 849-851). Every reporting POST honours
    /// <c>Idempotency-Key</c> (line 30).
    /// </summary>
    private static OperationSpec QubsOperation(
        string name, string pathSuffix, string description, IReadOnlyList<FieldSpec> fields) =>
        new(name, "POST", description, fields)
        {
            Path = "/integrations/v1/{domain}/reporting/appointments/{appointmentId}" + pathSuffix,
            PathParameters =
            [
                Required("appointmentId", FieldType.String, "The QUBS appointment the call is about, within our domain."),
            ],
            AcceptsIdempotencyKey = true,
            OrderedBy = "appointmentId",
        };

    private static FieldSpec Required(string name, FieldType type, string description) =>
        new(name, type, Required: true, description);

    private static FieldSpec Optional(string name, FieldType type, string description) =>
        new(name, type, Required: false, description);

    private static SettingSpec Setting(string name, bool required, string description) =>
        new(name, required, Secret: false, description);

    private static SettingSpec Url(string name, string description) =>
        new(name, Required: true, Secret: false, description) { IsUrl = true };

    private static SettingSpec Credential(string name, string description) =>
        new(name, Required: true, Secret: true, description);
}
