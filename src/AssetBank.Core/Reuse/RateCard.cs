namespace AssetBank.Core.Reuse;

/// <summary>Production cost per deliverable unit by kind, in CNY; a versioned data file users edit.</summary>
/// <param name="Version">The card's version, recorded with every brief priced from it.</param>
/// <param name="Currency">Always CNY for now; kept so a card says what its figures are.</param>
/// <param name="Source">Where the figures came from.</param>
/// <param name="Entries">One per deliverable kind.</param>
public sealed record RateCard(string Version, string Currency, string Source, IReadOnlyList<RateCardEntry> Entries)
{
    public RateCardEntry? Find(string kind) =>
        Entries.FirstOrDefault(e => string.Equals(e.Kind, kind, StringComparison.OrdinalIgnoreCase));
}
