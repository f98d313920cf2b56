using System.Globalization;
using System.Text;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Search.Indexing;

/// <summary>Stores a document's tags in one stored field: records of dimension, term id, label and confidence.</summary>
internal static class TagCodec
{
    private const char Unit = '\u001f';
    private const char Record = '\u001e';

    public static string Encode(IEnumerable<SearchTag> tags)
    {
        var builder = new StringBuilder();
        foreach (var tag in tags)
        {
            if (builder.Length > 0)
            {
                builder.Append(Record);
            }

            builder.Append(TagDimensions.ToWire(tag.Dimension)).Append(Unit)
                .Append(Clean(tag.TermId)).Append(Unit)
                .Append(Clean(tag.Label)).Append(Unit)
                .Append(tag.Confidence.ToString("R", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    public static IReadOnlyList<SearchTag> Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded))
        {
            return [];
        }

        var tags = new List<SearchTag>();
        foreach (var record in encoded.Split(Record))
        {
            var units = record.Split(Unit);
            if (units.Length == 4
                && TagDimensions.TryParse(units[0], out var dimension)
                && double.TryParse(units[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                tags.Add(new SearchTag(dimension, units[1], units[2], confidence));
            }
        }

        return tags;
    }

    private static string Clean(string value) => value.Replace(Unit, ' ').Replace(Record, ' ');
}
