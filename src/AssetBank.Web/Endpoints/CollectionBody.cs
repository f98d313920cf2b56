namespace AssetBank.Web.Endpoints;

/// <summary>A collection (素材篮) to create.</summary>
public sealed record CollectionBody(string Name);
