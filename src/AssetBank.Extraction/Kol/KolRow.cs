using AssetBank.Extraction.Tables;

namespace AssetBank.Extraction.Kol;

/// <summary>One KOL as read from a row: the values parsed exactly, the texts kept as written for the item's text.</summary>
internal sealed record KolRow(SourceRow Source, string? Sheet, string Name)
{
    public string? Platform { get; init; }

    public string? Vertical { get; init; }

    public string? Brands { get; init; }

    public string? ProfileUrl { get; init; }

    public string? AccountId { get; init; }

    public decimal? Followers { get; init; }

    public decimal? PriceImage { get; init; }

    public decimal? PriceVideo { get; init; }

    public decimal? Price { get; init; }

    public decimal? EngagementRate { get; init; }

    /// <summary>The row's cells as "header value" pairs, as written, for the item's text.</summary>
    public IReadOnlyList<string> Texts { get; init; } = [];
}
