namespace AssetBank.Application.Assets;

/// <summary>Which stored file of an asset to deliver.</summary>
public enum MediaPart
{
    /// <summary>The asset's own object (a video plays from it with range requests).</summary>
    Original,

    /// <summary>A shot's keyframe JPEG (needs a shot index).</summary>
    Keyframe,

    /// <summary>A shot's small thumbnail, or an image's thumbnail.</summary>
    Thumbnail,
}
