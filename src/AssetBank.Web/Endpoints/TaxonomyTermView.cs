namespace AssetBank.Web.Endpoints;

public sealed record TaxonomyTermView(string Id, string Label, string? ParentId);
