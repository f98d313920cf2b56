namespace AssetBank.SampleLibrary.Manifest;

/// <summary>The part an image plays in the similarity ground truth.</summary>
public enum ImageRole
{
    Original,
    Altered,
    Unrelated,
}
