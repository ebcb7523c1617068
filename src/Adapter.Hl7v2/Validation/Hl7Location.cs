using System.Globalization;
using System.Text;

namespace Adapter.Hl7v2.Validation;

/// <summary>
/// Where a problem is, as ERR-2 (data type ERL) states it: segment id and occurrence, then field,
/// repetition, component and subcomponent, each 1-based and absent when the problem is wider.
/// </summary>
public sealed record Hl7Location(
    string SegmentId,
    int SegmentSequence = 1,
    int? Field = null,
    int? FieldRepetition = null,
    int? Component = null,
    int? Subcomponent = null)
{
    /// <summary>The location written as a path, for people: <c>PID[1]-7</c>, <c>MSH-9.2</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(SegmentId);
        if (SegmentSequence != 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{SegmentSequence}]");
        }

        if (Field is { } field)
        {
            text.Append(CultureInfo.InvariantCulture, $"-{field}");
            if (FieldRepetition is { } repetition and not 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{repetition}]");
            }

            if (Component is { } component)
            {
                text.Append(CultureInfo.InvariantCulture, $".{component}");
                if (Subcomponent is { } subcomponent)
                {
                    text.Append(CultureInfo.InvariantCulture, $".{subcomponent}");
                }
            }
        }

        return text.ToString();
    }
}
