using Adapter.Hl7v2.Parsing;

namespace Adapter.Hl7v2.Types;

/// <summary>Reads every non-empty repetition of a field with one typed reader.</summary>
public static class Repetitions
{
    public static IReadOnlyList<T> Read<T>(Hl7Element field, Func<Hl7Element, T?> read)
        where T : class
    {
        var values = new List<T>();
        foreach (var repetition in field.Parts())
        {
            if (read(repetition) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }
}
