namespace AssetBank.Application.Ingesting;

/// <summary>A text item migrated from another system.</summary>
/// <param name="ExternalId">Its id in that system.</param>
/// <param name="Text">The text.</param>
/// <param name="Metadata">User metadata to store with it.</param>
public sealed record TextItem(string ExternalId, string Text, IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>The item's line in the import file (1-based), for messages; 0 when not from a file.</summary>
    public int Line { get; init; }
}
