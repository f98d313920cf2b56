using AssetBank.Media.Shots;

namespace AssetBank.Media.Tests;

public sealed class CutScoreTests
{
    [Fact]
    public void Matches_each_boundary_at_most_once_within_the_tolerance()
    {
        var score = CutScore.Compare([1.0, 1.1, 5.0, 9.0], [1.05, 5.4, 7.0], 0.5);

        Assert.Equal(new CutScore(2, 2, 1), score);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(2.0 / 3, score.Recall, 6);
    }

    [Fact]
    public void Closest_pairs_are_matched_first()
    {
        // Taking each found time's nearest in order would pair 2.0 with 2.3 and leave 2.45 unmatched;
        // pairing the closest first (2.45–2.3) leaves 2.0–1.6 within tolerance.
        var score = CutScore.Compare([2.0, 2.45], [2.3, 1.6], 0.5);

        Assert.Equal(new CutScore(2, 0, 0), score);
    }

    [Fact]
    public void Nothing_found_and_nothing_expected_is_perfect()
    {
        var score = CutScore.Compare([], [], 0.5);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Scores_add_up_across_files() =>
        Assert.Equal(new CutScore(3, 1, 2), new CutScore(1, 1, 0) + new CutScore(2, 0, 2));
}
