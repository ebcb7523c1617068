using System.Globalization;

namespace Adapter.Engine.Journal.Sqlite;

/// <summary>
/// Times are stored as UTC ISO 8601 text with a fixed width, so they read well in any SQLite tool
/// and compare correctly as strings.
/// </summary>
internal static class SqliteTime
{
    private const string Format7 = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(Format7, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.ParseExact(text, Format7, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
