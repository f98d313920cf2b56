using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.RelevanceEval;

/// <summary>
/// The tagger's input for an item as ingestion builds it for a row, note or thread of a file: the title and the text in
/// the field its kind is read as (a KOL row's text as the KOL's vertical, a comment thread as comments).
/// </summary>
internal static class EvalTagging
{
    public static TaggingInput Input(EvalItem item) => new()
    {
        ItemId = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Channel = item.Channel,
        Title = item.Title,
        Texts = [new TaggingText(item.Form switch { "kol" => TaggingTextField.KolVertical, "comments" => TaggingTextField.Comment, _ => TaggingTextField.Body }, item.Text)],
    };

    /// <summary>Share of the items' written-around values (as <c>dimension:label</c>) that the tagger found.</summary>
    public static double Found(IReadOnlyList<EvalItem> items, IReadOnlyDictionary<int, IReadOnlyList<SearchTag>> tags)
    {
        var total = 0;
        var found = 0;
        foreach (var item in items)
        {
            var labels = tags[item.Id].Select(t => TagDimensions.ToWire(t.Dimension) + ":" + t.Label).ToHashSet(StringComparer.Ordinal);
            total += item.Facets.Count;
            found += item.Facets.Count(labels.Contains);
        }

        return total == 0 ? 0 : (double)found / total;
    }
}
