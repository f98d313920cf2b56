using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Tagging.Llm.Tests;

public sealed class ShotBatchingTests : IDisposable
{
    private readonly FakeChatServer _server = new();

    public void Dispose() => _server.Dispose();

    private static TaggingInput Video(int shots) => new()
    {
        ItemId = "tvc-1",
        Kind = AssetKind.Video,
        Channel = "TVC",
        Title = "暖奶器《爸爸的夜班》",
        Shots = Enumerable.Range(1, shots).Select(i => new TaggingShot(
            string.Create(CultureInfo.InvariantCulture, $"tvc-1#{i}"), TimeSpan.FromSeconds(3 * (i - 1)), TimeSpan.FromSeconds(3 * i))
        {
            Texts = [new TaggingText(TaggingTextField.Subtitle, i % 2 == 1 ? "凌晨三点，宝宝又醒了" : "新手爸爸摸黑冲奶")],
        }).ToList(),
    };

    [Fact]
    public async Task Shots_go_in_batches_and_the_video_tags_are_derived_from_them_and_its_own_text()
    {
        _server.Answer(Answers.NightWaking);
        await using var provider = TaggerHost.Provider(_server.Endpoint, s => s["Tagging:Llm:ShotBatchSize"] = "2");

        var video = await provider.GetRequiredService<ITagger>().TagAsync(Video(5), CancellationToken.None);

        var requests = _server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal([["item", "shot1", "shot2"], ["shot3", "shot4"], ["shot5"]], requests.Select(r => r.UnitIds.ToArray()).ToArray());
        Assert.Contains(requests[1].Texts, t => t.Contains("镜头 3（00:06–00:09）", StringComparison.Ordinal));

        Assert.Null(video.FallbackReason);
        Assert.Equal("llm", video.Tagger);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"tvc-1#{i}"), video.Shots.Select(s => s.ItemId));
        Assert.All(video.Shots, s =>
        {
            Assert.Null(s.FallbackReason);
            Assert.Equal("夜醒", s.Top(TagDimension.Scenario)!.Label);
            Assert.All(s.Tags.SelectMany(t => t.Evidence), e => Assert.Equal(s.ItemId, e.ShotId));
        });
        Assert.Equal("母婴", video.Top(TagDimension.Industry)!.Label);
        Assert.True(video.Top(TagDimension.Industry)!.Confidence > 0.92, "own text and five shots agree");
        Assert.Contains(video.Top(TagDimension.Scenario)!.Evidence, e => e.ShotId == "tvc-1#1");

        var perRequest = new TokenUsage(FakeChatServer.PromptTokens, FakeChatServer.CompletionTokens);
        Assert.Equal(perRequest + perRequest + perRequest, video.Usage);
        Assert.Equal(perRequest.TotalTokens, video.Shots[4].Usage.TotalTokens);
    }

    [Fact]
    public async Task A_failed_batch_falls_back_for_its_shots_only()
    {
        _server.Sequence(
            FakeChatServer.Completion(Answers.NightWaking),
            FakeChatServer.Completion(_ => "<html>bad gateway</html>"),
            FakeChatServer.Completion(Answers.NightWaking));
        await using var provider = TaggerHost.Provider(_server.Endpoint, s => s["Tagging:Llm:ShotBatchSize"] = "2");
        var tagger = provider.GetRequiredService<ITagger>();

        var video = await tagger.TagAsync(Video(5), CancellationToken.None);

        Assert.Null(video.FallbackReason);
        Assert.Equal([false, false, true, true, false], video.Shots.Select(s => s.IsFallback));
        Assert.Equal("lexicon", video.Shots[2].Tagger);
        Assert.Equal("夜醒", video.Shots[2].Top(TagDimension.Scenario)!.Label);
        Assert.All(video.Shots[2].Tags, t => Assert.Equal(TagSource.Lexicon, t.Source));

        // A partly failed result is not cached: the next run asks again.
        _ = await tagger.TagAsync(Video(5), CancellationToken.None);
        Assert.Equal(6, _server.Requests.Count);
    }

    [Fact]
    public async Task When_every_batch_fails_the_whole_video_is_the_lexicons()
    {
        _server.Sequence(FakeChatServer.Status(502));
        await using var provider = TaggerHost.Provider(_server.Endpoint, s =>
        {
            s["Tagging:Llm:ShotBatchSize"] = "3";
            s["Tagging:Llm:MaxRetries"] = "0";
        });

        var video = await provider.GetRequiredService<ITagger>().TagAsync(Video(4), CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count);
        Assert.StartsWith("HTTP 502", video.FallbackReason, StringComparison.Ordinal);
        Assert.Equal("lexicon", video.Tagger);
        Assert.Equal(4, video.Shots.Count);
        Assert.All(video.Shots, s => Assert.True(s.IsFallback));
        Assert.Equal("母婴", video.Top(TagDimension.Industry)!.Label);
    }

    [Fact]
    public async Task Shots_alone_can_be_tagged_and_are_cached()
    {
        _server.Answer(Answers.NightWaking);
        await using var provider = TaggerHost.Provider(_server.Endpoint, s => s["Tagging:Llm:ShotBatchSize"] = "10");
        var tagger = provider.GetRequiredService<ITagger>();

        var shots = await tagger.TagShotsAsync(Video(3), CancellationToken.None);
        var again = await tagger.TagShotsAsync(Video(3), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(["shot1", "shot2", "shot3"], request.UnitIds);
        Assert.Equal(3, shots.Count);
        Assert.All(again, s => Assert.True(s.FromCache));
        Assert.Empty(await tagger.TagShotsAsync(TaggerHost.NightWaking(), CancellationToken.None));
    }

    [Fact]
    public async Task Answers_that_leave_out_a_shot_fall_back_for_that_shot()
    {
        _server.Answer(r => Answers.NightWaking(r).Replace("\"shot2\"", "\"shot-unknown\"", StringComparison.Ordinal));
        await using var provider = TaggerHost.Provider(_server.Endpoint);

        var video = await provider.GetRequiredService<ITagger>().TagAsync(Video(3), CancellationToken.None);

        Assert.Equal([false, true, false], video.Shots.Select(s => s.IsFallback));
        Assert.Contains("left out shot2", video.Shots[1].FallbackReason, StringComparison.Ordinal);
    }
}
