using System.ComponentModel.DataAnnotations;

namespace Adapter.Host.Mappings;

/// <summary>Where the partner mapping files are (configuration section <c>Mappings</c>).</summary>
public sealed record MappingOptions
{
    public const string Section = "Mappings";

    /// <summary>
    /// The mappings folder, relative to the working directory unless absolute; none by default, so
    /// the adapter runs on its embedded defaults without partner credentials. With a folder, every
    /// file must validate (its environment variables set) or the service does not start.
    /// </summary>
    public string? Directory { get; init; }

    /// <summary>How often the folder is checked for changes; a changed file is in force within this plus the time to read it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
