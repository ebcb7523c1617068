namespace Adapter.Engine.Tests.Outbound;

/// <summary>One scripted answer of <see cref="TestHospitalListener"/>.</summary>
internal sealed record HospitalReply(HospitalReplyKind Kind, string Code = "AA", string? ErrorText = null, TimeSpan Delay = default)
{
    public static HospitalReply Accept { get; } = Ack("AA");

    public static HospitalReply WrongControlId { get; } = new(HospitalReplyKind.WrongControlId);

    public static HospitalReply Twice { get; } = new(HospitalReplyKind.Twice);

    public static HospitalReply AcceptThenHangUp { get; } = new(HospitalReplyKind.AcceptThenHangUp);

    public static HospitalReply Drop { get; } = new(HospitalReplyKind.Drop);

    public static HospitalReply Never { get; } = new(HospitalReplyKind.Never);

    public static HospitalReply Garbage { get; } = new(HospitalReplyKind.Garbage);

    public static HospitalReply Oversized { get; } = new(HospitalReplyKind.Oversized);

    public static HospitalReply Ack(string code, string? errorText = null) => new(HospitalReplyKind.Ack, code, errorText);

    public static HospitalReply Late(TimeSpan delay) => new(HospitalReplyKind.Late, Delay: delay);
}
