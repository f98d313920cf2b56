using AssetBank.Core.Tagging;

namespace AssetBank.Application.Tagging;

/// <summary>Tags items that are not in the bank (a dry run for account teams); the catalog is untouched.</summary>
public sealed class TagItems(ITagger tagger)
{
    public string TaggerName => tagger.Name;

    public Task<TagSet> TagAsync(TaggingInput input, CancellationToken cancellationToken) => tagger.TagAsync(input, cancellationToken);
}
