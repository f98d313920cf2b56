namespace AssetBank.Application.Jobs;

/// <summary>The priorities producers queue at: higher is claimed first.</summary>
public static class JobPriorities
{
    /// <summary><c>ingest</c> and <c>queue add</c> without <c>--priority</c>: the archive backlog.</summary>
    public const int Normal = 0;

    /// <summary>A producer's fresh upload through the web: overtakes the backlog.</summary>
    public const int Upload = 10;
}
