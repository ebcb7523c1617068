namespace Adapter.Partners.Tests.Support;

/// <summary>One scripted answer of the <see cref="LoopbackPartner"/>.</summary>
internal sealed record PartnerAnswer(PartnerAnswerKind Kind, int Status)
{
    public string Body { get; init; } = string.Empty;

    public string ContentType { get; init; } = "application/json";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static PartnerAnswer Hang { get; } = new(PartnerAnswerKind.Hang, 0);

    public static PartnerAnswer Reset { get; } = new(PartnerAnswerKind.Reset, 0);

    public static PartnerAnswer Json(int status, string body = "") => new(PartnerAnswerKind.Respond, status) { Body = body };

    public PartnerAnswer WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
