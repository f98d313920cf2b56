using AssetBank.Core.Errors;

namespace AssetBank.Core.Search;

/// <summary>The index cannot be used at all (for example another process holds its lock); names the index folder.</summary>
/// <remarks>Not sealed: <see cref="SearchIndexCorruptException"/> is the case callers answer with a rebuild.</remarks>
public class SearchIndexException : AssetBankException
{
    public SearchIndexException(string indexPath, string problem, Exception? innerException = null)
        : base($"Search index '{indexPath}': {problem}", innerException)
    {
        IndexPath = indexPath;
    }

    public string IndexPath { get; }
}
