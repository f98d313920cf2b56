namespace AssetBank.Web.Endpoints;

public sealed record TaxonomyDimensionView(string Dimension, string Label, IReadOnlyList<TaxonomyTermView> Terms);
