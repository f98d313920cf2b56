namespace AssetBank.Web.Endpoints;

public sealed record TaxonomyView(string Version, IReadOnlyList<TaxonomyDimensionView> Dimensions);
