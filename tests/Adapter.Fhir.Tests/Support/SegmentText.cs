namespace Adapter.Fhir.Tests.Support;

/// <summary>Writes a segment from numbered fields, so a test never has to count pipes to reach OBR-25.</summary>
internal static class SegmentText
{
    public static string Of(string id, params (int Field, string Value)[] fields)
    {
        var values = new string[fields.Max(field => field.Field) + 1];
        Array.Fill(values, string.Empty);
        values[0] = id;
        foreach (var (field, value) in fields)
        {
            values[field] = value;
        }

        return string.Join('|', values);
    }
}
