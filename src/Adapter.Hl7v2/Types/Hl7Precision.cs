namespace Adapter.Hl7v2.Types;

/// <summary>How much of a date/time was sent; a year stays a year.</summary>
public enum Hl7Precision
{
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,

    /// <summary>Seconds with 1 to 4 decimal places.</summary>
    FractionOfSecond,
}
