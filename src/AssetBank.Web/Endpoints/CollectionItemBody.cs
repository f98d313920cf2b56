namespace AssetBank.Web.Endpoints;

/// <summary>An item to add: an asset by key (with <paramref name="Shot"/> for one shot of a video), or a text.</summary>
public sealed record CollectionItemBody(string? Key, int? Shot, string? Text, string? Note);
