using AssetBank.Core.Similarity.Video;

namespace AssetBank.Similarity.Tests.Video;

public sealed class ShotAlignerTests
{
    /// <summary>Query shot <paramref name="shot"/> of 3 s shots (keyframe mid-shot) matched at reference time <paramref name="referenceTime"/> in a 4 s reference shot.</summary>
    private static ShotHit Hit(int shot, double referenceTime, double percent = 95, long frame = 0)
    {
        var referenceShotStart = Math.Floor(referenceTime / 4) * 4;
        return new ShotHit(shot, shot * 3, (shot * 3) + 3, (shot * 3) + 1.5, frame == 0 ? (long)(referenceTime * 10) + 1 : frame,
            referenceShotStart, referenceShotStart + 4, referenceTime, percent);
    }

    [Fact]
    public void Shots_whose_reference_times_go_forward_together_make_one_run_with_both_time_ranges()
    {
        var run = Assert.Single(ShotAligner.Align([Hit(2, 62), Hit(3, 65), Hit(4, 68)]));

        Assert.Equal((2, 4, 3), (run.FirstShot, run.LastShot, run.MatchedShots));
        Assert.Equal((6.0, 15.0), (run.QueryStart, run.QueryEnd));
        Assert.Equal(60.5, run.ReferenceStart, 3);
        Assert.Equal(69.5, run.ReferenceEnd, 3);
    }

    [Fact]
    public void A_reordered_re_edit_gives_one_run_per_stretch_that_keeps_the_reference_order()
    {
        // Reference shots B C then A: the edit moved the opening to the end.
        var runs = ShotAligner.Align([Hit(0, 10), Hit(1, 13), Hit(2, 1), Hit(3, 4)]);

        Assert.Equal(2, runs.Count);
        Assert.Equal((0, 1), (runs[0].FirstShot, runs[0].LastShot));
        Assert.Equal((2, 3), (runs[1].FirstShot, runs[1].LastShot));
        Assert.True(runs[1].ReferenceStart < runs[0].ReferenceStart);
    }

    [Fact]
    public void Trimmed_material_and_a_missing_shot_in_between_do_not_break_a_run()
    {
        // Shot 1 matched nothing (re-graded beyond recognition); 8 s of the reference were cut out between shots 2 and 3.
        var run = Assert.Single(ShotAligner.Align([Hit(0, 20), Hit(2, 26), Hit(3, 37)]));

        Assert.Equal((0, 3, 3), (run.FirstShot, run.LastShot, run.MatchedShots));
    }

    [Fact]
    public void A_gap_of_more_unmatched_shots_than_allowed_splits_the_run()
    {
        var runs = ShotAligner.Align([Hit(0, 20), Hit(1, 23), Hit(1 + ShotAligner.MaxGapShots + 2, 35)]);

        Assert.Equal(2, runs.Count);
    }

    [Fact]
    public void Scattered_single_hits_whose_reference_times_jump_about_stay_single_shot_runs()
    {
        var runs = ShotAligner.Align([Hit(0, 100), Hit(1, 10), Hit(2, 200), Hit(3, 50), Hit(4, 300), Hit(5, 5)]);

        Assert.Equal(6, runs.Count);
        Assert.All(runs, r => Assert.Equal(1, r.MatchedShots));
    }

    [Fact]
    public void A_shot_that_matches_several_reference_keyframes_takes_the_one_that_continues_the_run()
    {
        // Shot 1 looks like reference 4 s (the run) and, a little more, like reference 90 s (a similar shot elsewhere).
        var run = ShotAligner.Align([Hit(0, 1), Hit(1, 90, 97), Hit(1, 4, 93), Hit(2, 7)]);

        var only = Assert.Single(run);
        Assert.Equal(3, only.MatchedShots);
        Assert.Equal(4, only.Hits[1].ReferenceTime);
    }

    [Fact]
    public void No_hits_give_no_runs() => Assert.Empty(ShotAligner.Align([]));
}
