namespace AssetBank.SampleLibrary.Tests;

/// <summary>Test classes that read the generated library share one generation run.</summary>
[CollectionDefinition(Name)]
public sealed class SampleLibraryGroup : ICollectionFixture<SampleLibraryFixture>
{
    public const string Name = "generated sample library";
}
