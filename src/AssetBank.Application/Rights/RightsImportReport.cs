using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>What a rights import found and did. Nothing is written when <see cref="Problems"/> is not empty.</summary>
/// <param name="Path">The file.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Assets">The assets whose rights the file replaces (empty when refused).</param>
/// <param name="Problems">Every bad row and field.</param>
/// <param name="Warnings">Overlapping terms that disagree, kept as written.</param>
public sealed record RightsImportReport(string Path, int Rows, IReadOnlyList<AssetRights> Assets, IReadOnlyList<RightsProblem> Problems, IReadOnlyList<RightsProblem> Warnings)
{
    public bool Applied => Problems.Count == 0 && Assets.Count > 0;

    public int Grants => Assets.Sum(a => a.Grants.Count);
}
