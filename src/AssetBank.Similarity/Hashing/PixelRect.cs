namespace AssetBank.Similarity.Hashing;

/// <summary>A rectangle in pixels.</summary>
internal readonly record struct PixelRect(int X, int Y, int Width, int Height);
