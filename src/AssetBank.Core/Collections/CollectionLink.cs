namespace AssetBank.Core.Collections;

/// <summary>A read-only share link: whoever holds the token may see the collection until it expires.</summary>
/// <param name="TokenHash">Lower-case hex SHA-256 of the token; the token itself is shown once and never stored.</param>
public sealed record CollectionLink(string TokenHash, long CollectionId, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
