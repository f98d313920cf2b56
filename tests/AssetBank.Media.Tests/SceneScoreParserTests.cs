using AssetBank.Core.Media;
using AssetBank.Media.Shots;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

/// <summary>
/// On a recorded log of the detector's own ffmpeg run over a 16 s, 10 fps clip with cuts at 3 (testsrc2 → cellauto),
/// 6 (busy cellauto → gradients), a 1 s crossfade centred at 9.5, 12 (→ dark red) and 14 (dark red → nearly the same red).
/// </summary>
public sealed class SceneScoreParserTests
{
    private static readonly double[] Truth = [3, 6, 9.5, 12, 14];

    private static IReadOnlyDictionary<string, IReadOnlyList<SceneSample>> Recorded() =>
        SceneScoreParser.Parse(FixtureFiles.Read("ffmpeg_scene_log_10fps.txt"));

    [Fact]
    public void Groups_samples_by_the_metadata_filter_label()
    {
        var samples = Recorded();

        Assert.Equal(160, samples[ShotDetector.DenseLabel].Count);
        Assert.Equal(160, samples[ShotDetector.CoarseLabel].Count);
        Assert.Equal(32, samples[ShotDetector.SparseLumaLabel].Count);
        Assert.Equal(32, samples[ShotDetector.SparseBlueLabel].Count);
        Assert.Equal(32, samples[ShotDetector.SparseRedLabel].Count);
    }

    [Fact]
    public void Reads_presentation_times_and_scores_in_order()
    {
        var dense = Recorded()[ShotDetector.DenseLabel];

        Assert.Equal(0, dense[0].Time);
        Assert.Equal(15.9, dense[^1].Time, 3);
        Assert.All(dense, s => Assert.InRange(s.Score!.Value, 0, 1));
        Assert.Equal(dense.OrderBy(s => s.Time), dense);
        var atFirstCut = dense.Single(s => Math.Abs(s.Time - 3) < 1e-9);
        Assert.True(atFirstCut.Score > 0.3);
    }

    [Fact]
    public void Reads_showinfo_lines_as_samples_without_score()
    {
        var samples = SceneScoreParser.Parse(FixtureFiles.Read("ffmpeg_showinfo_log_10fps.txt"));

        var frames = Assert.Single(samples).Value;
        Assert.Equal([3.0, 12.0, 14.0], frames.Select(f => f.Time));
        Assert.All(frames, f => Assert.Null(f.Score));
    }

    [Fact]
    public void Ignores_lines_of_other_filters_and_garbage()
    {
        string[] lines =
        [
            "[Parsed_scale_0 @ 0x1] w:320 h:180 fmt:yuv420p",
            "[metadata@dense @ 0x2] frame:0    pts:0       pts_time:0",
            "frame=  160 fps=0.0 q=-0.0 size=N/A",
            "[metadata@dense @ 0x2] lavfi.scene_score=not-a-number",
            "[metadata@dense @ 0x2] frame:1    pts:1       pts_time:0.1",
            "[metadata@dense @ 0x2] lavfi.scene_score=0.5",
            "[metadata@dense",
            "",
        ];

        var dense = SceneScoreParser.Parse(lines)["dense"];

        Assert.Equal([new SceneSample(0.1, 0.5)], dense);
    }

    [Fact]
    public void Detects_every_cut_and_the_crossfade_with_no_false_boundary()
    {
        var samples = Recorded();
        var sparse = ShotDetector.CombineDifferences(
            samples[ShotDetector.SparseLumaLabel], samples[ShotDetector.SparseBlueLabel], samples[ShotDetector.SparseRedLabel]);

        var boundaries = CutDetector.Detect(samples[ShotDetector.DenseLabel], samples[ShotDetector.CoarseLabel], sparse, 16, CutDetectionSettings.Default);

        var score = CutScore.Compare(boundaries.Select(b => b.Time), Truth, 0.5);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(ShotTransition.Dissolve, boundaries.Single(b => Math.Abs(b.Time - 9.5) < 0.5).Kind);
        Assert.All(boundaries.Where(b => b.Kind == ShotTransition.Cut), b => Assert.Contains(Truth, t => Math.Abs(t - b.Time) < 0.001));
    }

    [Fact]
    public void The_fine_scale_alone_misses_the_cut_out_of_the_busy_shot()
    {
        // Why the coarse branch exists: ffmpeg's score subtracts the previous frame's change, which is large all through cellauto.
        var samples = Recorded();

        var fineOnly = CutDetector.DetectHardCuts(samples[ShotDetector.DenseLabel], CutDetectionSettings.Default);
        var withCoarse = CutDetector.DetectHardCuts(samples[ShotDetector.CoarseLabel], CutDetectionSettings.Default);

        Assert.DoesNotContain(fineOnly, b => Math.Abs(b.Time - 6) < 0.01);
        Assert.Contains(withCoarse, b => Math.Abs(b.Time - 6) < 0.01);
    }
}
