namespace AssetBank.Core.Media;

/// <summary>The EXIF orientation of an encoded image (values as in the EXIF tag 0x0112).</summary>
public enum ImageOrientation
{
    /// <summary>Stored as displayed.</summary>
    Normal = 1,
    FlipHorizontal = 2,
    Rotate180 = 3,
    FlipVertical = 4,

    /// <summary>Mirrored along the top-left to bottom-right diagonal.</summary>
    Transpose = 5,

    /// <summary>Turn 90° clockwise to display (the usual portrait phone photo).</summary>
    Rotate90 = 6,

    /// <summary>Mirrored along the top-right to bottom-left diagonal.</summary>
    Transverse = 7,

    /// <summary>Turn 270° clockwise (90° counter-clockwise) to display.</summary>
    Rotate270 = 8,
}
