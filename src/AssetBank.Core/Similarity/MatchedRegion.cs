namespace AssetBank.Core.Similarity;

/// <summary>A rectangle as fractions (0–1) of a picture's width and height.</summary>
public sealed record MatchedRegion(double X, double Y, double Width, double Height);
