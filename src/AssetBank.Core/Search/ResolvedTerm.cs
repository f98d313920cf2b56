using AssetBank.Core.Tagging;

namespace AssetBank.Core.Search;

/// <summary>A taxonomy term a query part resolved to.</summary>
public sealed record ResolvedTerm(TagDimension Dimension, string TermId, string Label)
{
    public override string ToString() => $"{TagDimensions.ToChinese(Dimension)}:{Label}";
}
