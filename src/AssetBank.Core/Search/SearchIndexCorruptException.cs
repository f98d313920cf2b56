namespace AssetBank.Core.Search;

/// <summary>The index turned out unreadable while searching; it must be rebuilt from the catalog.</summary>
public sealed class SearchIndexCorruptException : SearchIndexException
{
    public SearchIndexCorruptException(string indexPath, string problem, Exception? innerException = null)
        : base(indexPath, problem, innerException)
    {
    }
}
