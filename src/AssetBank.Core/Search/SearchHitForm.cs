namespace AssetBank.Core.Search;

/// <summary>Another form of a hit's piece of work (the csv beside the json, a thread inside its export), listed with it.</summary>
/// <param name="Id">The document id (<c>asset:7</c>, <c>item:7:n3</c>).</param>
/// <param name="AssetId">The asset it belongs to.</param>
/// <param name="Key">The asset's object key.</param>
/// <param name="Kind">The kind's wire name.</param>
/// <param name="ExternalId">The id it was imported with, if any.</param>
public sealed record SearchHitForm(string Id, long AssetId, string? Key, string Kind, string? ExternalId);
