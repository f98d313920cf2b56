namespace AssetBank.Core.Reuse;

/// <summary>The reuse rate definitions, in one place (the README's worked example follows them).</summary>
public static class ReuseMath
{
    /// <summary>Rates from the share of each line that is covered.</summary>
    /// <param name="brief">The lines and their planned costs.</param>
    /// <param name="coveredShare">Share of a line covered (summed over confirmations); capped at 1 here.</param>
    public static ReuseRates Rates(ProjectBrief brief, Func<DeliverableLine, decimal> coveredShare)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(coveredShare);
        if (brief.Lines.Count == 0)
        {
            return ReuseRates.Zero;
        }

        var planned = 0m;
        var reused = 0m;
        var shares = 0m;
        foreach (var line in brief.Lines)
        {
            var share = Math.Clamp(coveredShare(line), 0m, 1m);
            planned += line.PlannedCost;
            reused += Cost(line, share);
            shares += share;
        }

        return new ReuseRates(planned, reused, planned > 0 ? reused / planned : 0m, shares / brief.Lines.Count);
    }

    /// <summary>The cost a share of a line stands for, to the fen: a third of 45,000 is 15,000, not 14,999.99….</summary>
    public static decimal Cost(DeliverableLine line, decimal share)
    {
        ArgumentNullException.ThrowIfNull(line);
        return decimal.Round(line.PlannedCost * share, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>The gate: at or above <paramref name="threshold"/> passes; below, an override lets the project start.</summary>
    public static GateOutcome Gate(decimal costWeightedRate, decimal threshold, bool overridden) =>
        costWeightedRate >= threshold ? GateOutcome.Passed : overridden ? GateOutcome.Overridden : GateOutcome.Blocked;

    /// <summary>How many units of a line one candidate covers: a piece is one unit; film covers its duration.</summary>
    public static decimal UnitsCovered(RateUnit unit, double? durationSeconds) => unit switch
    {
        RateUnit.Second when durationSeconds is > 0 => (decimal)durationSeconds.Value,
        RateUnit.Minute when durationSeconds is > 0 => (decimal)durationSeconds.Value / 60m,
        _ => 1m,
    };
}
