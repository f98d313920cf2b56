namespace AssetBank.Web.Endpoints;

/// <summary>A tag edit as the page sends it; the person is the signed-in user.</summary>
/// <param name="Key">The asset's object key.</param>
/// <param name="Action"><c>add</c> or <c>remove</c>.</param>
/// <param name="Dimension">行业, 场景, 情绪 or 人物关系 (or the English names).</param>
/// <param name="Term">The term's label or id.</param>
/// <param name="ItemId">A shot (<c>shot:3</c>) or text item id; null for the whole asset.</param>
/// <param name="Note">Why, for the next person.</param>
public sealed record TagEditBody(string Key, string Action, string Dimension, string Term, string? ItemId, string? Note);
