namespace AssetBank.SampleLibrary.Manifest;

/// <summary>
/// One KOL row as written (the <c>…Text</c> fields, agency style: 12.3万, 1.2w, 8k, 1,200) and the values a
/// parser should read from it. Prices are in yuan; a null price means 面议 (negotiable).
/// </summary>
/// <param name="Row">The 1-based row number in the sheet or CSV file, header included.</param>
public sealed record KolRowFacts(
    int Row,
    string Nickname,
    string Platform,
    string FollowersText,
    long Followers,
    string Vertical,
    string PriceImageText,
    decimal? PriceImage,
    string PriceVideoText,
    decimal? PriceVideo,
    string EngagementText,
    double Engagement,
    IReadOnlyList<string> Brands,
    string? ThemeId);
