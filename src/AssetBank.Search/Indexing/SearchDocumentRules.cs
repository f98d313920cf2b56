using AssetBank.Core.Search;

namespace AssetBank.Search.Indexing;

/// <summary>What a search document needs before it is written: checked up front, so a bad one fails the batch, not half of it.</summary>
internal static class SearchDocumentRules
{
    public static void Validate(SearchDocument? document)
    {
        if (document is null)
        {
            throw new ArgumentException("A search document in the batch is null.");
        }

        if (string.IsNullOrWhiteSpace(document.Id))
        {
            throw new ArgumentException($"The search document of asset {document.AssetId} has no id.");
        }
    }
}
