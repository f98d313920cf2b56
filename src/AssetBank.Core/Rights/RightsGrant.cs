namespace AssetBank.Core.Rights;

/// <summary>
/// One set of usage terms: who holds the rights, under what licence, for which media and territories, for how long.
/// A grant with no <see cref="ShotIndex"/> applies to the whole asset and every shot inherits it; a shot grant adds
/// terms of its own (a talent seen in shot 3 only), which the shot must meet as well.
/// </summary>
/// <remarks>Media and territories are vocabulary ids (<see cref="RightsVocabulary"/>); empty means not recorded, which covers nothing.</remarks>
public sealed record RightsGrant
{
    /// <summary>The shot these terms add to; null for the whole asset.</summary>
    public int? ShotIndex { get; init; }

    public string? Holder { get; init; }

    public LicenceType? LicenceType { get; init; }

    /// <summary>The stock library (Getty, 视觉中国…) for stock licences.</summary>
    public string? StockLibrary { get; init; }

    public string? LicenceId { get; init; }

    public IReadOnlyList<string> Media { get; init; } = [];

    public IReadOnlyList<string> Territories { get; init; } = [];

    /// <summary>First day of use; null for no start limit.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day of use (inclusive); null for no end.</summary>
    public DateOnly? End { get; init; }

    public bool Exclusive { get; init; }

    public string? Restrictions { get; init; }

    /// <summary>Object keys of the contracts and releases in the store.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    /// <summary>Whether the terms allow use of <paramref name="medium"/> in <paramref name="territory"/> on <paramref name="day"/>.</summary>
    public bool Covers(string medium, string territory, DateOnly day) =>
        CoversPlace(medium, territory) && (Start is null || Start <= day) && (End is null || day <= End);

    /// <summary>Whether the terms allow <paramref name="medium"/> in <paramref name="territory"/>, at any time.</summary>
    public bool CoversPlace(string medium, string territory) =>
        RightsVocabulary.Covered(RightsVocabulary.Media, Media).Contains(medium)
        && RightsVocabulary.Covered(RightsVocabulary.Territories, Territories).Contains(territory);
}
