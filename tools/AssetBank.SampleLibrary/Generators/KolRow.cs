using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>A KOL with its numbers drawn; a null price is written as 面议.</summary>
internal sealed record KolRow(
    KolSpec Spec,
    string ThemeId,
    AgencyNumber Followers,
    AgencyNumber? PriceImage,
    AgencyNumber? PriceVideo,
    AgencyNumber Engagement)
{
    public const string Negotiable = "面议";

    public string BrandsText => string.Join('、', Spec.Brands);

    /// <summary>The row's cells as text, in <see cref="KolPlanner.Columns"/> order.</summary>
    public IReadOnlyList<string> Cells() =>
    [
        Spec.Nickname,
        Spec.Platform,
        Followers.Text,
        Spec.Vertical,
        PriceImage?.Text ?? Negotiable,
        PriceVideo?.Text ?? Negotiable,
        Engagement.Text,
        BrandsText,
    ];
}
