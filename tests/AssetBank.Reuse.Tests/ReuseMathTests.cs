using AssetBank.Core.Reuse;

namespace AssetBank.Reuse.Tests;

public sealed class ReuseMathTests
{
    [Fact]
    public void The_README_worked_example_gives_the_rates_it_states()
    {
        // TVC 30 s × 8,000 = 240,000; 3 key visuals × 15,000 = 45,000; 10 notes × 3,000 = 30,000 → 315,000 planned.
        // Confirmed: 12 s of TVC shots (40 %), 2 of 3 key visuals (66.7 %), no notes.
        var brief = ReuseStack.Brief();
        var shares = new Dictionary<string, decimal> { ["tvc"] = 0.4m, ["kv"] = 2m / 3m, ["notes"] = 0m };

        var rates = ReuseMath.Rates(brief, l => shares[l.Id]);

        Assert.Equal(315_000m, rates.PlannedCost);
        Assert.Equal(126_000m, decimal.Round(rates.ReusedCost, 2));
        Assert.Equal(0.40m, decimal.Round(rates.CostWeighted, 4));
        Assert.Equal(0.3556m, decimal.Round(rates.CountBased, 4));
        Assert.Equal(GateOutcome.Passed, ReuseMath.Gate(rates.CostWeighted, 0.30m, overridden: false));
    }

    [Fact]
    public void A_line_never_counts_for_more_than_its_own_cost()
    {
        var rates = ReuseMath.Rates(ReuseStack.Brief(), l => l.Id == "notes" ? 3m : 0m);

        Assert.Equal(30_000m, rates.ReusedCost);
    }

    [Fact]
    public void Below_the_gate_an_override_lets_the_project_start_and_nothing_else_does()
    {
        Assert.Equal(GateOutcome.Blocked, ReuseMath.Gate(0.2999m, 0.30m, overridden: false));
        Assert.Equal(GateOutcome.Overridden, ReuseMath.Gate(0.2999m, 0.30m, overridden: true));
        Assert.Equal(GateOutcome.Passed, ReuseMath.Gate(0.30m, 0.30m, overridden: false));
    }

    [Fact]
    public void Film_covers_its_duration_and_anything_else_one_unit()
    {
        Assert.Equal(6m, ReuseMath.UnitsCovered(RateUnit.Second, 6));
        Assert.Equal(0.5m, ReuseMath.UnitsCovered(RateUnit.Minute, 30));
        Assert.Equal(1m, ReuseMath.UnitsCovered(RateUnit.Piece, 6));
    }
}
