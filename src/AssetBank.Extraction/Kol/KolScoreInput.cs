namespace AssetBank.Extraction.Kol;

/// <summary>What the KOL score reads from one row: followers, vertical text and prices in yuan (null: missing or 面议).</summary>
public sealed record KolScoreInput(decimal? Followers, string? Vertical, decimal? PriceImage = null, decimal? PriceVideo = null, decimal? Price = null);
