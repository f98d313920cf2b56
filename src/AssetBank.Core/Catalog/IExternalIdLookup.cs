namespace AssetBank.Core.Catalog;

/// <summary>Finds the assets that carry external ids (from a spreadsheet or another DAM), so an import can update them in place.</summary>
public interface IExternalIdLookup
{
    /// <summary>The key of the oldest asset not deleted for each of <paramref name="externalIds"/> that has one.</summary>
    Task<IReadOnlyDictionary<string, string>> FindKeysAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);
}
