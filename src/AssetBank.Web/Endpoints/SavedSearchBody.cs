namespace AssetBank.Web.Endpoints;

/// <summary>A search to keep under a name: the query text and the same filters as <c>/api/search</c>.</summary>
public sealed record SavedSearchBody(string Name, string? Q, string[]? Kind, string[]? Channel, string[]? Client, string[]? Dim);
