using System.Globalization;
using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>
/// A TS, DTM or DT value: <c>YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]</c>, with the precision
/// sent and the UTC offset when one was sent. Values without an offset stay local to the sender.
/// </summary>
public readonly record struct Hl7DateTime(DateTime Value, Hl7Precision Precision, TimeSpan? Offset)
{
    /// <summary>Reads TS/DTM from a field or component (TS-1 when the value is a composite).</summary>
    public static bool TryRead(Hl7Element element, out Hl7DateTime value)
    {
        value = default;
        var first = element.FirstRepetition().Part(1);
        return first.HasValue && TryParse(first.Value, out value);
    }

    public static bool TryParse(ReadOnlySpan<char> text, out Hl7DateTime value)
    {
        value = default;
        text = text.Trim();
        var offsetAt = text.IndexOfAny('+', '-');
        TimeSpan? offset = null;
        if (offsetAt >= 0)
        {
            if (!TryParseOffset(text[offsetAt..], out var parsed))
            {
                return false;
            }

            offset = parsed;
            text = text[..offsetAt];
        }

        if (!TryParseLocal(text, out var local, out var precision))
        {
            return false;
        }

        value = new Hl7DateTime(local, precision, offset);
        return true;
    }

    /// <summary>The instant, reading a value without offset in <paramref name="senderZone"/>.</summary>
    public DateTimeOffset ToDateTimeOffset(TimeZoneInfo senderZone) =>
        new(Value, Offset ?? senderZone.GetUtcOffset(Value));

    /// <summary>Writes an instant as a DTM with seconds and its offset: <c>20261123101500+0100</c>.</summary>
    public static string Format(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{instant:yyyyMMddHHmmss}{sign}{absolute.Hours:00}{absolute.Minutes:00}");
    }

    private static bool TryParseLocal(ReadOnlySpan<char> text, out DateTime local, out Hl7Precision precision)
    {
        local = default;
        precision = default;
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        if (whole.Length is not (4 or 6 or 8 or 10 or 12 or 14) || !IsDigits(whole))
        {
            return false;
        }

        var parts = new int[6] { 0, 1, 1, 0, 0, 0 };
        for (var i = 0; i * 2 + 4 <= whole.Length && i < 6; i++)
        {
            parts[i] = i == 0 ? Number(whole[..4]) : Number(whole.Slice(2 + (i * 2), 2));
        }

        precision = (Hl7Precision)((whole.Length - 4) / 2);
        var ticks = 0L;
        if (dot >= 0)
        {
            var fraction = text[(dot + 1)..];
            if (whole.Length != 14 || fraction.Length is < 1 or > 4 || !IsDigits(fraction))
            {
                return false;
            }

            ticks = Number(fraction) * (long)Math.Pow(10, 7 - fraction.Length);
            precision = Hl7Precision.FractionOfSecond;
        }

        if (parts[0] < 1 || parts[1] is < 1 or > 12 || parts[2] < 1 || parts[2] > DateTime.DaysInMonth(parts[0], parts[1])
            || parts[3] > 23 || parts[4] > 59 || parts[5] > 59)
        {
            return false;
        }

        local = new DateTime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], DateTimeKind.Unspecified).AddTicks(ticks);
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = default;
        if (text.Length != 5 || !IsDigits(text[1..]))
        {
            return false;
        }

        var hours = Number(text.Slice(1, 2));
        var minutes = Number(text.Slice(3, 2));
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
