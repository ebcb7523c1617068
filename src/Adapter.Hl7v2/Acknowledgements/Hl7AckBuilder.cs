using System.Globalization;
using Adapter.Hl7v2.Building;
using Adapter.Hl7v2.Encoding;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Types;
using Adapter.Hl7v2.Validation;

namespace Adapter.Hl7v2.Acknowledgements;

/// <summary>
/// Builds the acknowledgement for a received message: MSH addressed back to the sender, MSA with
/// the received MSH-10, and one ERR per issue with its location, table 0357 code, severity and a
/// plain sentence. A message whose header cannot be read still gets an AR.
/// </summary>
public sealed class Hl7AckBuilder(TimeProvider time, IControlIdGenerator controlIds, Hl7AckOptions? options = null)
{
    private readonly Hl7AckOptions _options = options ?? Hl7AckOptions.Default;

    /// <summary>
    /// The code for these issues: reject when the header makes the message unprocessable (type,
    /// control id, processing id, version), error for any other error, accept otherwise.
    /// </summary>
    public static Hl7AckCode Decide(IReadOnlyList<Hl7Issue> issues, Hl7AckMode mode)
    {
        var errors = issues.Where(issue => issue.Severity == Hl7Severity.Error).ToList();
        var reject = errors.Any(IsRejection);
        return (mode, reject, errors.Count > 0) switch
        {
            (Hl7AckMode.Original, true, _) => Hl7AckCode.AR,
            (Hl7AckMode.Original, false, true) => Hl7AckCode.AE,
            (Hl7AckMode.Original, _, false) => Hl7AckCode.AA,
            (_, true, _) => Hl7AckCode.CR,
            (_, false, true) => Hl7AckCode.CE,
            _ => Hl7AckCode.CA,
        };
    }

    /// <summary>The acknowledgement of a parsed message.</summary>
    public Hl7MessageBuilder Build(Hl7Message received, Hl7AckCode code, IReadOnlyList<Hl7Issue> issues)
    {
        var msh = received.Header;
        var ack = new Hl7MessageBuilder(received.Delimiters);
        var header = new SniffedHeader(
            msh.Field(3).Er7, msh.Field(4).Er7, msh.Field(5).Er7, msh.Field(6).Er7, msh.Field(10).Er7, msh.Field(11).Er7, msh.Field(12).Er7);
        Address(ack, header, received.Delimiters, escape: false, msh.Field(9).Component(2).Value);
        AddAcknowledgement(ack, code, header.ControlId, issues);
        return ack;
    }

    /// <summary>The AR for bytes the parser refused; MSA-2 carries MSH-10 when it can be read.</summary>
    public Hl7MessageBuilder BuildForUnreadable(ReadOnlySpan<byte> raw, Hl7ParseException error, Hl7AckMode mode)
    {
        var header = SniffedHeader.Read(raw);
        var ack = new Hl7MessageBuilder();
        Address(ack, header, Hl7Delimiters.Standard, escape: true, triggerEvent: null);
        var issue = Hl7Issue.Error(error.Code, error.Location ?? new Hl7Location("MSH"), error.Message);
        var code = mode == Hl7AckMode.Original ? Hl7AckCode.AR : Hl7AckCode.CR;
        AddAcknowledgement(ack, code, header.ControlId is null ? null : Hl7Escaping.Escape(header.ControlId, Hl7Delimiters.Standard), [issue]);
        return ack;
    }

    private static bool IsRejection(Hl7Issue issue) =>
        issue.Code is Hl7ErrorCode.UnsupportedMessageType or Hl7ErrorCode.UnsupportedEventCode
            or Hl7ErrorCode.UnsupportedProcessingId or Hl7ErrorCode.UnsupportedVersionId
        || (issue.Location.SegmentId == "MSH" && issue.Location.Field is 1 or 2 or 9 or 10 or 11 or 12);

    private void Address(Hl7MessageBuilder ack, SniffedHeader received, Hl7Delimiters delimiters, bool escape, string? triggerEvent)
    {
        string Text(string? value) => value is null ? string.Empty : escape ? Hl7Escaping.Escape(value, delimiters) : value;

        var msh = ack.Header;
        msh.SetRaw(3, _options.SendingApplication is { } application ? Hl7Escaping.Escape(application, delimiters) : Text(received.ReceivingApplication));
        msh.SetRaw(4, _options.SendingFacility is { } facility ? Hl7Escaping.Escape(facility, delimiters) : Text(received.ReceivingFacility));
        msh.SetRaw(5, Text(received.SendingApplication));
        msh.SetRaw(6, Text(received.SendingFacility));
        msh.Set(7, Hl7DateTime.Format(time.GetLocalNow()));
        msh.SetComponents(9, "ACK", string.IsNullOrEmpty(triggerEvent) ? null : triggerEvent, "ACK");
        msh.Set(10, controlIds.Next());
        msh.SetRaw(11, received.ProcessingId is null ? "P" : Text(received.ProcessingId));
        msh.SetRaw(12, received.Version is null ? _options.DefaultVersion : Text(received.Version));
    }

    private static void AddAcknowledgement(Hl7MessageBuilder ack, Hl7AckCode code, string? controlId, IReadOnlyList<Hl7Issue> issues)
    {
        var msa = ack.Add("MSA").Set(1, code.ToString()).SetRaw(2, controlId ?? string.Empty);
        var firstError = issues.FirstOrDefault(issue => issue.Severity == Hl7Severity.Error);
        if (firstError is not null)
        {
            // MSA-3 is deprecated since v2.4 but is what many older engines still display.
            msa.Set(3, firstError.Message);
        }

        foreach (var issue in issues)
        {
            var err = ack.Add("ERR");
            var location = issue.Location;
            err.SetComponents(
                2,
                location.SegmentId,
                location.SegmentSequence.ToString(CultureInfo.InvariantCulture),
                Number(location.Field),
                Number(location.FieldRepetition ?? (location.Field is null ? null : 1)),
                Number(location.Component),
                Number(location.Subcomponent));
            err.SetComponents(3, ((int)issue.Code).ToString(CultureInfo.InvariantCulture), Hl7ErrorCodeText.Of(issue.Code), "HL70357");
            err.Set(4, issue.Severity switch { Hl7Severity.Error => "E", Hl7Severity.Warning => "W", _ => "I" });
            err.Set(8, issue.Message);
            TrimTrailingEmptyComponents(err, 2, (char)ack.Delimiters.Component);
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void TrimTrailingEmptyComponents(Hl7SegmentBuilder segment, int field, char separator) =>
        segment.SetRaw(field, segment.GetRaw(field).TrimEnd(separator));
}
