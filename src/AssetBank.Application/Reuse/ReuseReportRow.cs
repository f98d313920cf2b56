namespace AssetBank.Application.Reuse;

/// <summary>One group of a reuse report (a month, a client…), or the total.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Projects">Projects in it.</param>
/// <param name="PlannedCost">Σ planned cost, CNY.</param>
/// <param name="SavedCost">Σ confirmed reused cost: the production cost reuse saves, CNY.</param>
/// <param name="CostWeightedRate">SavedCost ÷ PlannedCost.</param>
/// <param name="CountBasedRate">Σ covered share of every line ÷ number of lines.</param>
/// <param name="Passed">Projects at or above the gate.</param>
/// <param name="Overridden">Projects below it, started on an override.</param>
/// <param name="Blocked">Projects below it without one.</param>
/// <param name="Confirmations">Confirmations that count.</param>
public sealed record ReuseReportRow(
    string Group,
    int Projects,
    decimal PlannedCost,
    decimal SavedCost,
    decimal CostWeightedRate,
    decimal CountBasedRate,
    int Passed,
    int Overridden,
    int Blocked,
    int Confirmations);
