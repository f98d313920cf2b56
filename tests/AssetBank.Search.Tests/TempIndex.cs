using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Search.Tests;

/// <summary>A <see cref="LuceneSearchIndex"/> in its own temporary folder, deleted afterwards.</summary>
internal sealed class TempIndex : IDisposable
{
    private readonly Action<SearchOptions>? _configure;

    private TempIndex(string root, Action<SearchOptions>? configure)
    {
        Root = root;
        Path = System.IO.Path.Combine(root, "index");
        _configure = configure;
        Index = Open();
    }

    public string Root { get; }

    public string Path { get; }

    public LuceneSearchIndex Index { get; private set; }

    public static async Task<TempIndex> CreateAsync(IEnumerable<SearchDocument>? documents = null, Action<SearchOptions>? configure = null)
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "assetbank-search-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var temp = new TempIndex(root, configure);
        if (documents is not null)
        {
            await temp.Index.RebuildDocumentsAsync(Corpus.Stream(documents), 1, null);
        }

        return temp;
    }

    public static Task<TempIndex> WithCorpusAsync() => CreateAsync(Corpus.Documents);

    public LuceneSearchIndex Open(Taxonomy? taxonomy = null) => new(Options(), taxonomy ?? Corpus.Taxonomy);

    public SearchOptions Options()
    {
        var options = new SearchOptions { IndexPath = Path, CommitInterval = TimeSpan.FromHours(1) };
        _configure?.Invoke(options);
        return options;
    }

    /// <summary>Closes the index and opens it again from disk.</summary>
    public void Reopen(Taxonomy? taxonomy = null)
    {
        Index.Dispose();
        Index = Open(taxonomy);
    }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans its temp folder.
        }
    }
}
