namespace AssetBank.Core.Search;

/// <summary>
/// The index files turned out unreadable (at open or while searching): searches cannot be answered until the index is
/// rebuilt from the catalog (<see cref="ISearchIndex.RebuildAsync"/>). Names the index folder and what was found.
/// </summary>
public sealed class SearchIndexCorruptException : SearchIndexException
{
    public SearchIndexCorruptException(string indexPath, string problem, Exception? innerException = null)
        : base(indexPath, problem, innerException)
    {
    }
}
