using AssetBank.Core.Media;
using AssetBank.Media.Shots;

namespace AssetBank.Media.Tests;

public sealed class CutDetectorTests
{
    private const double Fps = 25;

    private static List<SceneSample> Frames(double seconds, Func<double, double> score) =>
        [.. Enumerable.Range(0, (int)(seconds * Fps)).Select(i => new SceneSample(i / Fps, score(i / Fps)))];

    private static double At(double t, double at, double value, double otherwise) => Math.Abs(t - at) < 1e-9 ? value : otherwise;

    [Fact]
    public void A_single_spike_in_a_calm_shot_is_a_cut_even_below_the_certain_threshold()
    {
        var frames = Frames(10, t => At(t, 4, 0.12, 0.002));

        var cuts = CutDetector.DetectHardCuts(frames, CutDetectionSettings.Default);

        Assert.Equal([4.0], cuts.Select(c => c.Time));
    }

    [Fact]
    public void A_busy_shot_whose_frames_all_score_moderately_has_no_cut()
    {
        var frames = Frames(10, t => 0.10 + (0.08 * Math.Sin(t * 7)));

        Assert.Empty(CutDetector.DetectHardCuts(frames, CutDetectionSettings.Default));
    }

    [Fact]
    public void In_a_busy_shot_only_a_spike_that_stands_out_or_is_certain_counts()
    {
        var weak = Frames(10, t => At(t, 5, 0.25, 0.12));
        var certain = Frames(10, t => At(t, 5, 0.35, 0.12));

        Assert.Empty(CutDetector.DetectHardCuts(weak, CutDetectionSettings.Default));
        Assert.Single(CutDetector.DetectHardCuts(certain, CutDetectionSettings.Default));
    }

    [Fact]
    public void Scores_below_the_threshold_are_never_cuts()
    {
        var frames = Frames(10, t => At(t, 5, 0.07, 0.0));

        Assert.Empty(CutDetector.DetectHardCuts(frames, CutDetectionSettings.Default));
    }

    [Fact]
    public void Boundaries_closer_than_the_minimum_shot_length_merge_and_the_stronger_wins()
    {
        ShotBoundary[] boundaries =
        [
            new(3.0, 0.4, ShotTransition.Cut),
            new(3.2, 0.9, ShotTransition.Cut),
            new(6.0, 0.5, ShotTransition.Dissolve),
            new(6.1, 0.5, ShotTransition.Cut),
        ];

        var merged = CutDetector.Merge(boundaries, 20, CutDetectionSettings.Default with { MinShotSeconds = 0.5 });

        Assert.Equal([(3.2, ShotTransition.Cut), (6.1, ShotTransition.Cut)], merged.Select(b => (b.Time, b.Kind)));
    }

    [Fact]
    public void Boundaries_too_close_to_either_end_are_dropped()
    {
        ShotBoundary[] boundaries = [new(0.1, 1, ShotTransition.Cut), new(5, 1, ShotTransition.Cut), new(9.9, 1, ShotTransition.Cut)];

        var merged = CutDetector.Merge(boundaries, 10, CutDetectionSettings.Default);

        Assert.Equal([5.0], merged.Select(b => b.Time));
    }

    [Fact]
    public void Beyond_the_shot_limit_the_weakest_boundaries_go()
    {
        var boundaries = Enumerable.Range(1, 9).Select(i => new ShotBoundary(i, i / 10.0, ShotTransition.Cut));

        var merged = CutDetector.Merge(boundaries, 10, CutDetectionSettings.Default with { MaxShots = 4 });

        Assert.Equal([7.0, 8.0, 9.0], merged.Select(b => b.Time));
    }

    [Fact]
    public void A_short_run_of_raised_sparse_differences_is_a_dissolve_at_its_centroid()
    {
        List<SceneSample> sparse = [.. Enumerable.Range(0, 40).Select(i =>
        {
            var t = i * 0.5;
            var value = t switch { 9.5 => 0.10, 10.0 => 0.14, 10.5 => 0.10, _ => 0.02 };
            return new SceneSample(t, value);
        })];

        var dissolves = CutDetector.DetectDissolves(sparse, [], CutDetectionSettings.Default);

        var dissolve = Assert.Single(dissolves);
        Assert.Equal(ShotTransition.Dissolve, dissolve.Kind);
        Assert.Equal(9.75, dissolve.Time, 2);
    }

    [Fact]
    public void A_raised_run_around_a_hard_cut_is_its_echo_not_a_dissolve()
    {
        List<SceneSample> sparse = [.. Enumerable.Range(0, 40).Select(i =>
        {
            var t = i * 0.5;
            return new SceneSample(t, t is 10.0 ? 0.5 : t is 10.5 ? 0.12 : 0.02);
        })];

        var dissolves = CutDetector.DetectDissolves(sparse, [new ShotBoundary(10.0, 0.5, ShotTransition.Cut)], CutDetectionSettings.Default);

        Assert.Empty(dissolves);
    }

    [Fact]
    public void A_long_stretch_of_raised_differences_is_motion_not_a_dissolve()
    {
        List<SceneSample> sparse = [.. Enumerable.Range(0, 60).Select(i =>
        {
            var t = i * 0.5;
            return new SceneSample(t, t is >= 10 and < 16 ? 0.15 : 0.02);
        })];

        Assert.Empty(CutDetector.DetectDissolves(sparse, [], CutDetectionSettings.Default));
    }

    [Fact]
    public void A_short_busy_shot_between_two_cuts_is_not_a_dissolve()
    {
        // Calm, cut at 5, two seconds of motion, cut at 7, calm: the raised differences touch cuts on both sides.
        List<SceneSample> sparse = [.. Enumerable.Range(0, 30).Select(i =>
        {
            var t = i * 0.5;
            return new SceneSample(t, t is 5.0 or 7.0 ? 0.6 : t is > 5 and < 7 ? 0.2 : 0.01);
        })];
        ShotBoundary[] cuts = [new(4.9, 0.6, ShotTransition.Cut), new(6.9, 0.6, ShotTransition.Cut)];

        Assert.Empty(CutDetector.DetectDissolves(sparse, cuts, CutDetectionSettings.Default));
    }

    [Fact]
    public void Motion_that_only_creeps_above_its_baseline_is_not_a_dissolve()
    {
        List<SceneSample> sparse = [.. Enumerable.Range(0, 40).Select(i =>
        {
            var t = i * 0.5;
            return new SceneSample(t, t is >= 8 and <= 9.5 ? 0.18 : 0.10);
        })];

        Assert.Empty(CutDetector.DetectDissolves(sparse, [], CutDetectionSettings.Default));
    }

    [Fact]
    public void Detect_tolerates_empty_inputs()
    {
        Assert.Empty(CutDetector.Detect([], [], [], 0, CutDetectionSettings.Default));
    }
}
