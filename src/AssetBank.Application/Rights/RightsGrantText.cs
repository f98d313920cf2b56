namespace AssetBank.Application.Rights;

/// <summary>Usage terms as people write them (a CSV row, command-line options), before they are checked.</summary>
/// <param name="Shot">A shot index for terms of one shot only; empty for the whole asset.</param>
/// <param name="Media">Media, separated by <c>;</c>, <c>、</c>, <c>|</c> or commas (抖音;小红书).</param>
/// <param name="Territory">Territories, separated the same way.</param>
/// <param name="Documents">Object keys of contracts and releases, separated the same way.</param>
public sealed record RightsGrantText(
    string? Shot = null,
    string? Holder = null,
    string? LicenceType = null,
    string? StockLibrary = null,
    string? LicenceId = null,
    string? Media = null,
    string? Territory = null,
    string? Start = null,
    string? End = null,
    string? Exclusive = null,
    string? Restrictions = null,
    string? Documents = null)
{
    public bool IsEmpty => new[] { Shot, Holder, LicenceType, StockLibrary, LicenceId, Media, Territory, Start, End, Exclusive, Restrictions, Documents }.All(string.IsNullOrWhiteSpace);
}
