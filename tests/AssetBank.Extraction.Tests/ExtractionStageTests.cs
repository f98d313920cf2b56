using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Ingestion;
using AssetBank.Core.Storage;
using AssetBank.Extraction.Kol;
using AssetBank.Extraction.Tests.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AssetBank.Extraction.Tests;

public sealed class ExtractionStageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_stage_is_registered_through_the_di_extension_and_fills_the_content()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Extraction:KolScore:HeadThreshold"] = "30", ["Extraction:KolScore:WaistThreshold"] = "10" });
        var stage = Assert.Single(provider.GetServices<IIngestionStage>());
        var path = _folder.Write("kol.csv", Encoding.UTF8.GetBytes("昵称,粉丝数,垂类\n星妈日记,500万,母婴\n"));

        var item = await stage.ProcessAsync(WorkItem("kol/kol.csv", path, AssetKind.KolList, ContentFormat.Csv), CancellationToken.None);

        Assert.Equal("extract-content", stage.Name);
        Assert.Equal(StageOrder.Extract, stage.Order);
        var kol = Assert.Single(item.Content!.Items);
        Assert.Equal("头部", kol.Fields["tier"]);
        Assert.Same(item.Content, item.Derived.Content);
    }

    [Fact]
    public async Task Video_image_and_audio_pass_through_untouched()
    {
        using var provider = Services([]);
        var stage = provider.GetServices<IIngestionStage>().Single();
        var item = WorkItem("tvc/a.mp4", _folder.Write("a.mp4", [1, 2, 3]), AssetKind.Video, ContentFormat.Mp4);

        var result = await stage.ProcessAsync(item, CancellationToken.None);

        Assert.Same(item, result);
        Assert.Null(result.Content);
    }

    [Fact]
    public async Task Bad_input_fails_the_item_with_the_key_and_the_problem()
    {
        using var provider = Services([]);
        var stage = provider.GetServices<IIngestionStage>().Single();
        var path = _folder.Write("locked.pdf", PdfFiles.Encrypted("secret", "owner"));

        var e = await Assert.ThrowsAsync<ContentRejectedException>(
            () => stage.ProcessAsync(WorkItem("copy/locked.pdf", path, AssetKind.Copy, ContentFormat.Pdf), CancellationToken.None));

        Assert.Equal("copy/locked.pdf", e.Key);
        Assert.Equal("'copy/locked.pdf': the PDF is password-protected: it cannot be opened without its password", e.Message);
    }

    [Fact]
    public async Task Files_over_the_size_limit_are_rejected_before_parsing()
    {
        var path = _folder.Write("big.txt", new byte[5000]);

        var e = await Extract.RejectionAsync(path, "copy/big.txt", AssetKind.Copy, ContentFormat.PlainText, new ExtractionOptions { MaxFileBytes = 4096 });

        Assert.Contains("MaxFileBytes", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_adds_the_stage_once()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging();
        services.AddAssetBankExtraction(configuration).AddAssetBankExtraction(configuration);

        using var provider = services.BuildServiceProvider();

        Assert.Single(provider.GetServices<IIngestionStage>());
    }

    [Fact]
    public void Invalid_score_options_fail_validation_at_start_up()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Extraction:KolScore:FollowerWeight"] = "0",
            ["Extraction:KolScore:VerticalWeight"] = "0",
            ["Extraction:KolScore:PriceWeight"] = "0",
        });

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<KolScoreOptions>>().Value);

        Assert.Contains("at least one weight", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_binds_limits_and_recognised_verticals()
    {
        using var provider = Services(new Dictionary<string, string?>
        {
            ["Extraction:MaxRows"] = "500",
            ["Extraction:Timeout"] = "00:00:30",
            ["Extraction:KolScore:RecognisedVerticals:0"] = "露营",
        });

        var options = provider.GetRequiredService<IOptions<ExtractionOptions>>().Value;
        var score = provider.GetRequiredService<IOptions<KolScoreOptions>>().Value;

        Assert.Equal(500, options.MaxRows);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(["露营"], score.EffectiveVerticals);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_turned_into_a_rejection()
    {
        var path = _folder.Write("a.txt", Encoding.UTF8.GetBytes("夜醒不慌张"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Extract.Extractor().ExtractAsync(Extract.Asset("copy/a.txt", AssetKind.Copy, ContentFormat.PlainText), path, cancelled.Token));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddAssetBankExtraction(configuration).BuildServiceProvider();
    }

    private static IngestionWorkItem WorkItem(string key, string path, AssetKind kind, ContentFormat format) =>
        new(new StoredObject(key, "etag", new FileInfo(path).Length, DateTimeOffset.UnixEpoch, null, StoredObject.NoMetadata), path, Extract.Asset(key, kind, format));
}
