using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>Reads every non-empty repetition of a field with one typed reader.</summary>
internal static class Repetitions
{
    public static IReadOnlyList<T> Read<T>(Hl7Element field, Func<Hl7Element, T?> read)
        where T : class
    {
        var count = field.PartCount;
        var values = new List<T>(count);
        for (var i = 1; i <= count; i++)
        {
            if (read(field.Repetition(i)) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }
}
