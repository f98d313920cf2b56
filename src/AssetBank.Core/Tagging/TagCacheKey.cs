namespace AssetBank.Core.Tagging;

/// <summary>What a cached tag set depends on: the item's content, the taxonomy version and the model.</summary>
/// <param name="ContentHash">Hash of everything the tagger sent (text, images, shots, prompt and settings).</param>
public sealed record TagCacheKey(string ContentHash, string TaxonomyVersion, string Model)
{
    public override string ToString() => $"{Model}|{TaxonomyVersion}|{ContentHash}";
}
