namespace Adapter.Host.Mappings;

internal sealed partial class MappingReloadService
{
    // Mapping errors describe configuration files (keys, expressions), never message content.
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Mappings reread (version {Version}): {Partners} partners in force, {Problems} problems")]
    private static partial void LogReloaded(ILogger logger, long version, int partners, int problems);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Mapping file {File}:{Line}:{Column} not applied, its last good version stays in force: {Problem}")]
    private static partial void LogProblem(ILogger logger, string file, int line, int column, string problem);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Mappings folder could not be read ({ExceptionType}); trying again on the next change")]
    private static partial void LogFolderUnreadable(ILogger logger, string exceptionType);
}
