using AssetBank.Core.Assets;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using AssetBank.Media.Tests.TestSupport;
using AssetBank.Storage.FileSystem;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Tests;

[Collection(MediaTestGroup.Name)]
public sealed class MediaStageTests(SyntheticMedia media) : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    private ServiceProvider Services(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IObjectStore>(new FileSystemObjectStore(_root.Path));
        services.AddSingleton<InMemoryMediaAnalysisSink>();
        services.AddSingleton<IMediaAnalysisSink>(sp => sp.GetRequiredService<InMemoryMediaAnalysisSink>());
        services.AddAssetBankMedia(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static IngestionWorkItem Item(string key, AssetKind kind, string path) =>
        new(new StoredObject(key, "etag-7", new FileInfo(path).Exists ? new FileInfo(path).Length : 0, DateTimeOffset.UnixEpoch, null, StoredObject.NoMetadata),
            path,
            new Asset { Key = key, ETag = "etag-7", Kind = kind });

    [Fact]
    public void Needs_no_sink()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IObjectStore>(new FileSystemObjectStore(_root.Path));
        services.AddAssetBankMedia(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.NotNull(provider.GetRequiredService<MediaStage>());
        Assert.Empty(provider.GetServices<IMediaAnalysisSink>());
    }

    [Fact]
    public void Registers_the_stage_at_the_media_position()
    {
        using var services = Services();

        var stage = Assert.Single(services.GetServices<IIngestionStage>().OfType<MediaStage>());
        Assert.Equal(StageOrder.Media, stage.Order);
        Assert.Equal("media", stage.Name);
        Assert.IsType<MediaAnalyzer>(services.GetRequiredService<IMediaAnalyzer>());
    }

    [Fact]
    public void Binds_options_from_the_media_section()
    {
        using var services = Services(new() { ["Media:SceneThreshold"] = "0.12", ["Media:MaxConcurrentProcesses"] = "1", ["Media:ThumbnailFormat"] = "jpeg" });

        var options = services.GetRequiredService<IOptions<MediaOptions>>().Value;

        Assert.Equal(0.12, options.SceneThreshold);
        Assert.Equal(1, options.MaxConcurrentProcesses);
        Assert.Equal("jpeg", options.ThumbnailFormat);
    }

    [Theory]
    [InlineData("Media:SceneThreshold", "5")]
    [InlineData("Media:ThumbnailFormat", "gif")]
    [InlineData("Media:MaxConcurrentProcesses", "0")]
    [InlineData("Media:AllowedContainers", "mov,hls;rm")]
    [InlineData("Media:SceneCertainThreshold", "0.05")]
    public void Rejects_invalid_options(string key, string value)
    {
        using var services = Services(new() { [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MediaOptions>>().Value);
    }

    [Fact]
    public async Task Passes_non_media_items_through_untouched()
    {
        using var services = Services();
        var stage = services.GetRequiredService<MediaStage>();
        var item = Item("copy/brief.txt", AssetKind.Copy, _root.File("brief.txt"));

        Assert.Same(item, await stage.ProcessAsync(item, CancellationToken.None));
        Assert.Equal(0, services.GetRequiredService<InMemoryMediaAnalysisSink>().Count);
    }

    [Fact]
    public async Task Attaches_the_analysis_to_the_item_tells_the_sinks_and_fills_in_the_content_hash()
    {
        using var services = Services();
        var stage = services.GetRequiredService<MediaStage>();
        var still = await media.StillAsync("stage_still", "testsrc2=s=640x360:r=25", "select=eq(n\\,10)");

        var item = await stage.ProcessAsync(Item("print/kv.png", AssetKind.Image, still), CancellationToken.None);

        Assert.NotNull(item.Media);
        Assert.Equal(AssetKind.Image, item.Media.Kind);
        Assert.Equal(item.Media.ContentSha256, item.Asset.ContentSha256);
        var sink = services.GetRequiredService<InMemoryMediaAnalysisSink>();
        Assert.False(sink.TryTake("print/kv.png", "other-etag", out _));
        Assert.True(sink.TryTake("print/kv.png", "etag-7", out var result));
        Assert.Same(item.Media, result.Analysis);
        Assert.NotNull(result.Analysis.Image);
        Assert.False(sink.TryTake("print/kv.png", "etag-7", out _));
    }

    [Fact]
    public async Task A_retry_of_the_same_version_takes_the_checkpoint_and_a_new_version_or_a_damaged_checkpoint_analyses_afresh()
    {
        var analyzer = new CountingAnalyzer();
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IObjectStore>(new FileSystemObjectStore(_root.Path));
        services.AddSingleton<IMediaAnalyzer>(analyzer);
        services.AddAssetBankMedia(configuration);
        await using var provider = services.BuildServiceProvider();
        var stage = provider.GetRequiredService<MediaStage>();
        var path = _root.File("kv.png");
        await File.WriteAllBytesAsync(path, [1, 2, 3]);
        IngestionWorkItem Version(string etag) =>
            Item("print/kv.png", AssetKind.Image, path) with { Asset = new Asset { Key = "print/kv.png", ETag = etag, Kind = AssetKind.Image, ContentSha256 = CountingAnalyzer.Sha } };

        var first = await stage.ProcessAsync(Version("e1"), CancellationToken.None);
        var retry = await stage.ProcessAsync(Version("e1"), CancellationToken.None);
        Assert.Equal(1, analyzer.Calls);
        Assert.Equal(first.Media!.ThumbnailKey, retry.Media!.ThumbnailKey);
        Assert.Equal(first.Media.SubtitleSources, retry.Media.SubtitleSources);

        await stage.ProcessAsync(Version("e2"), CancellationToken.None);
        Assert.Equal(2, analyzer.Calls);

        var checkpoints = Directory.GetFiles(Path.Combine(_root.Path, "_derived", CountingAnalyzer.Sha, "analysis"), "*.json");
        Assert.Equal(2, checkpoints.Length);
        foreach (var checkpoint in checkpoints)
        {
            await File.WriteAllTextAsync(checkpoint, "{ not json");
        }

        var afterDamage = await stage.ProcessAsync(Version("e1"), CancellationToken.None);
        Assert.Equal(3, analyzer.Calls);
        Assert.Equal(first.Media.ThumbnailKey, afterDamage.Media!.ThumbnailKey);
    }

    private sealed class CountingAnalyzer : IMediaAnalyzer
    {
        public const string Sha = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

        private int _calls;

        public int Calls => _calls;

        public bool CanAnalyze(AssetKind kind) => kind == AssetKind.Image;

        public Task<Core.Media.MediaAnalysis> AnalyzeAsync(Asset asset, string localPath, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Task.FromResult(new Core.Media.MediaAnalysis
            {
                Kind = AssetKind.Image,
                ContentSha256 = Sha,
                ThumbnailKey = $"_derived/{Sha}/thumb.webp",
                SubtitleSources = ["sidecar kv.srt"],
            });
        }
    }
}
