namespace Adapter.Fhir.ToV2;

/// <summary>FHIR date, dateTime and instant text to DTM, keeping the precision (<c>2019-03</c> is <c>201903</c>).</summary>
internal static class V2Dates
{
    public static string? FromFhir(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var t = value.IndexOf('T', StringComparison.Ordinal);
        var date = (t < 0 ? value : value[..t]).Replace("-", string.Empty, StringComparison.Ordinal);
        if (t < 0)
        {
            return date;
        }

        var time = value[(t + 1)..];
        var zoneAt = time.IndexOfAny(['Z', '+', '-']);
        var clock = (zoneAt < 0 ? time : time[..zoneAt]).Replace(":", string.Empty, StringComparison.Ordinal);
        var dot = clock.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            // DTM carries at most four decimal places.
            clock = clock[..Math.Min(clock.Length, dot + 5)];
        }

        var zone = zoneAt < 0 ? string.Empty : time[zoneAt] == 'Z' ? "+0000" : time[zoneAt..].Replace(":", string.Empty, StringComparison.Ordinal);
        return date + clock + zone;
    }

    public static string FromInstant(DateTimeOffset instant) => Adapter.Hl7v2.Types.Hl7DateTime.Format(instant);
}
