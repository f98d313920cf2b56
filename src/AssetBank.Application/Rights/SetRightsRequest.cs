namespace AssetBank.Application.Rights;

/// <summary>Terms to record on an asset or one of its shots.</summary>
/// <param name="Key">The asset's object key.</param>
/// <param name="Terms">The terms as written; <see cref="RightsGrantText.Shot"/> picks a shot.</param>
/// <param name="Add">Add the terms beside the existing ones of the same asset or shot, instead of replacing them.</param>
/// <param name="Who">Who records them; required.</param>
public sealed record SetRightsRequest(string Key, RightsGrantText Terms, bool Add, string Who);
