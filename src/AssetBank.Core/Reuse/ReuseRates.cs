namespace AssetBank.Core.Reuse;

/// <summary>A project's reuse rates.</summary>
/// <param name="PlannedCost">Σ quantity × unit cost over the lines.</param>
/// <param name="ReusedCost">Σ planned cost of each line × its covered share (capped at 100 %).</param>
/// <param name="CostWeighted">ReusedCost ÷ PlannedCost: the gate's figure.</param>
/// <param name="CountBased">Σ covered share per line ÷ number of lines: every line weighs the same.</param>
public sealed record ReuseRates(decimal PlannedCost, decimal ReusedCost, decimal CostWeighted, decimal CountBased)
{
    public static ReuseRates Zero { get; } = new(0m, 0m, 0m, 0m);
}
