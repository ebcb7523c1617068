namespace Adapter.Hl7v2.Validation;

/// <summary>One problem found in a message: where, its table 0357 code, how bad, and a plain sentence.</summary>
public sealed record Hl7Issue(Hl7ErrorCode Code, Hl7Severity Severity, Hl7Location Location, string Message)
{
    public static Hl7Issue Error(Hl7ErrorCode code, Hl7Location location, string message) =>
        new(code, Hl7Severity.Error, location, message);

    /// <summary>The issue on one line, for people: <c>MSH-12: ... (203 Unsupported version id)</c>.</summary>
    public override string ToString() => $"{Location}: {Message} ({(int)Code} {Hl7ErrorCodeText.Of(Code)})";
}
