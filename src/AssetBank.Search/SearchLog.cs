using Microsoft.Extensions.Logging;

namespace AssetBank.Search;

internal static partial class SearchLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Search index {Path} opened with {Documents} documents")]
    public static partial void Opened(ILogger logger, string path, int documents);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Search index {Path} needs a rebuild from the catalog: {Reason}")]
    public static partial void NeedsRebuild(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Search index {Path} was unreadable; its files were moved to {Quarantine} before the rebuild")]
    public static partial void Quarantined(ILogger logger, string path, string quarantine);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Error, Message = "Committing the search index {Path} failed")]
    public static partial void CommitFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Search index rebuild started in {Path}")]
    public static partial void RebuildStarted(ILogger logger, string path);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Search index rebuilt with {Documents} documents in {Elapsed}")]
    public static partial void RebuildCompleted(ILogger logger, long documents, TimeSpan elapsed);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Search index rebuild stopped after {Documents} documents; the previous content was restored")]
    public static partial void RebuildRolledBack(ILogger logger, Exception exception, long documents);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Error, Message = "Search index {Path} is corrupt ({Problem}); searches fail until it is rebuilt")]
    public static partial void Corrupt(ILogger logger, Exception exception, string path, string problem);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Search index {Path} writer closed; searches go on from the last commit")]
    public static partial void WriterReleased(ILogger logger, string path);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "Taxonomy word {Word} was not added to the analyzer dictionary: {Problem}")]
    public static partial void WordRejected(ILogger logger, string word, string problem);
}
