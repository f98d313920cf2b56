namespace AssetBank.Core.Collections;

/// <summary>What one entry of a collection points at.</summary>
public enum CollectionItemKind
{
    /// <summary>A whole asset of the bank.</summary>
    Asset,

    /// <summary>One shot of a video, with its time range.</summary>
    Shot,

    /// <summary>A free text written into the collection (an idea, a line of copy, a reference).</summary>
    Text,
}
