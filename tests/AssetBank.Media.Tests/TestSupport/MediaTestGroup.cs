namespace AssetBank.Media.Tests.TestSupport;

/// <summary>Tests that share <see cref="SyntheticMedia"/>; they run one after another, which also keeps ffmpeg off the other engineers' cores.</summary>
[CollectionDefinition(Name)]
public sealed class MediaTestGroup : ICollectionFixture<SyntheticMedia>
{
    public const string Name = "media";
}
