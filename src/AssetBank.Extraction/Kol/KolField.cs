namespace AssetBank.Extraction.Kol;

/// <summary>The canonical columns of a KOL list.</summary>
internal enum KolField
{
    Name,
    Platform,
    Followers,
    Vertical,
    PriceImage,
    PriceVideo,
    Price,
    EngagementRate,
    Brands,
    ProfileUrl,
    AccountId,
}
