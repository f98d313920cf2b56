namespace AssetBank.Core.Collections;

/// <summary>What a person may do with a collection.</summary>
public enum CollectionAccess
{
    /// <summary>See and export it.</summary>
    Read,

    /// <summary>Also add, remove, order and annotate its items.</summary>
    Edit,

    /// <summary>Also rename, share and make links: the person who created it.</summary>
    Owner,
}
