using System.ComponentModel.DataAnnotations;

namespace AssetBank.Application.Reuse;

/// <summary>The reuse gate, the year's target, the rate card and who may override (section <c>Reuse</c>).</summary>
public sealed class ReuseOptions
{
    public const string SectionName = "Reuse";

    /// <summary>The role whose members may let a project below the gate start.</summary>
    public const string LeadershipRole = "leadership";

    /// <summary>The rate card file; empty for the card shipped beside the program.</summary>
    public string? RateCardPath { get; set; }

    /// <summary>A project may start when its confirmed cost-weighted reuse rate is at least this (0–1).</summary>
    [Range(0.0, 1.0)]
    public decimal GateThreshold { get; set; } = 0.30m;

    /// <summary>Production cost reuse should save in a year, CNY.</summary>
    [Range(0.0, 1e12)]
    public decimal AnnualTarget { get; set; } = 4_200_000m;

    /// <summary>Candidates proposed per deliverable line at kickoff.</summary>
    [Range(1, 50)]
    public int CandidatesPerLine { get; set; } = 3;

    /// <summary>
    /// People who may approve overrides, each a name and a role; only <see cref="LeadershipRole"/> may override. Until
    /// accounts exist this list is how the bank knows who is leadership.
    /// </summary>
    public IList<ReuseApprover> Approvers { get; init; } = [];

    /// <summary>The shipped card, copied next to the program.</summary>
    public static string DefaultRateCardPath => Path.Combine(AppContext.BaseDirectory, "Reuse", "rate-card.zh-CN.json");
}
