using AssetBank.HostileCorpus;

namespace AssetBank.HostileCorpus.Tests;

/// <summary>The corpus written once into a temp folder for all the tests, deleted afterwards.</summary>
public sealed class CorpusFixture : IDisposable
{
    public CorpusFixture()
    {
        Folder = Directory.CreateTempSubdirectory("assetbank-hostile-").FullName;
        Cases = Corpus.Write(Folder);
    }

    public string Folder { get; }

    public IReadOnlyList<HostileCase> Cases { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
