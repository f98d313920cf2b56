namespace AssetBank.Web.Endpoints;

/// <summary>A collection's new name.</summary>
public sealed record CollectionRenameBody(string NewName);
