namespace AssetBank.Application.Reuse;

/// <summary>An asset or shot and how often it was reused.</summary>
/// <param name="AssetKey">The asset.</param>
/// <param name="Part">The shot or time range (<c>镜头 2 00:03–00:06</c>); null for the whole asset.</param>
/// <param name="Projects">Projects that reuse it.</param>
/// <param name="Confirmations">Confirmations that count.</param>
/// <param name="SavedCost">Σ reused cost attributed to it, CNY.</param>
public sealed record ReusedItem(string AssetKey, string? Part, int Projects, int Confirmations, decimal SavedCost);
