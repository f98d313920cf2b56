namespace AssetBank.Core.Collections;

/// <summary>Another person's access to a collection.</summary>
public sealed record CollectionShare(string UserName, CollectionAccess Access);
