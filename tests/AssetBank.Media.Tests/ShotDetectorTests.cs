using AssetBank.Core.Media;
using AssetBank.Media.Probing;
using AssetBank.Media.Processes;
using AssetBank.Media.Shots;
using AssetBank.Media.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Tests;

/// <summary>The detector with real ffmpeg on videos with known transitions.</summary>
[Collection(MediaTestGroup.Name)]
public sealed class ShotDetectorTests(SyntheticMedia media) : IDisposable
{
    private readonly ProcessRunner _runner = new(2);

    public void Dispose() => _runner.Dispose();

    [Fact]
    public async Task Finds_every_hard_cut_frame_accurately_and_nothing_else()
    {
        var result = await DetectAsync(await media.CutsVideoAsync());

        var found = result.Boundaries.Select(b => b.Time).ToList();
        var score = CutScore.Compare(found, SyntheticMedia.Cuts, 0.5);
        Assert.True(score is { Precision: 1.0, Recall: 1.0 }, $"found {string.Join(", ", found)}");
        Assert.All(result.Boundaries, b => Assert.Equal(ShotTransition.Cut, b.Kind));
        // Frame-accurate: each cut is reported at the first frame of the new shot (25 fps).
        Assert.All(found.Zip(SyntheticMedia.Cuts), pair => Assert.Equal(pair.Second, pair.First, 2));
        Assert.Equal(14.0, result.DurationSeconds, 1);
        Assert.Equal(350, result.FramesAnalysed);
    }

    [Fact]
    public async Task Finds_a_one_second_crossfade_as_a_dissolve()
    {
        var result = await DetectAsync(await media.DissolveVideoAsync());

        var boundary = Assert.Single(result.Boundaries);
        Assert.Equal(ShotTransition.Dissolve, boundary.Kind);
        Assert.InRange(boundary.Time, SyntheticMedia.DissolveCentre - 0.5, SyntheticMedia.DissolveCentre + 0.5);
    }

    [Fact]
    public async Task A_higher_threshold_and_longer_minimum_shot_are_honoured()
    {
        var options = new MediaOptions { SceneThreshold = 0.3, SceneCertainThreshold = 0.3, MinShotLength = TimeSpan.FromSeconds(3) };

        var result = await DetectAsync(await media.CutsVideoAsync(), options);

        Assert.All(result.Boundaries, b => Assert.True(b.Score >= 0.3));
        Assert.All(result.Boundaries.Zip(result.Boundaries.Skip(1)), p => Assert.True(p.Second.Time - p.First.Time >= 3));
        Assert.NotEmpty(result.Boundaries);
    }

    private async Task<ShotDetectionResult> DetectAsync(string path, MediaOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new MediaOptions());
        var probe = await new MediaProber(_runner, wrapped).ProbeAsync(path, CancellationToken.None);
        return await new ShotDetector(_runner, wrapped).DetectAsync(path, probe, CancellationToken.None);
    }
}
