using System.Globalization;
using AssetBank.Core.Rights;
using Lucene.Net.Documents;
using Lucene.Net.Search;

namespace AssetBank.Search.Indexing;

/// <summary>
/// How usage windows are indexed so that "usable now" is decided at query time, against the day of the query, not
/// the day of indexing. Per medium × territory a document carries up to <see cref="MaxWindows"/> windows; window k is
/// the pair <c>k·F + first day</c> in <c>rights.{medium}.{territory}.s</c> and <c>k·F + last day</c> in <c>….e</c>
/// (days as <see cref="DateOnly.DayNumber"/>, F above any day number), so a range query on each field pairs the
/// start and end of one window and never mixes two windows of one document.
/// </summary>
internal static class RightsFieldCodec
{
    /// <summary>Windows kept per medium × territory; the latest ending ones when there are more.</summary>
    public const int MaxWindows = 4;

    public const string LastDay = "rights.last";
    public const string Recorded = "rights.has";

    private const long Factor = 10_000_000;
    private const long OpenEnd = Factor - 1;

    public static void Add(Document doc, IReadOnlyList<RightsWindow> windows, DateOnly? lastDay, bool recorded)
    {
        if (recorded)
        {
            doc.Add(new StoredField(Recorded, 1));
        }

        if (lastDay is { } last)
        {
            doc.Add(new StoredField(LastDay, last.DayNumber));
        }

        foreach (var place in windows.GroupBy(w => (w.Medium, w.Territory)))
        {
            var kept = place.OrderByDescending(w => w.End?.DayNumber ?? OpenEnd).Take(MaxWindows).ToList();
            for (var k = 0; k < kept.Count; k++)
            {
                doc.Add(new Int64Field(StartField(place.Key.Medium, place.Key.Territory), (k * Factor) + (kept[k].Start?.DayNumber ?? 0), Field.Store.NO));
                doc.Add(new Int64Field(EndField(place.Key.Medium, place.Key.Territory), (k * Factor) + (kept[k].End?.DayNumber ?? OpenEnd), Field.Store.NO));
            }
        }
    }

    public static (DateOnly? LastDay, bool Recorded) Read(Document doc)
    {
        var last = doc.GetField(LastDay)?.GetInt32Value();
        return (last is { } day ? DateOnly.FromDayNumber(day) : null, doc.GetField(Recorded) is not null);
    }

    /// <summary>Documents usable for <paramref name="medium"/> in <paramref name="territory"/> on <paramref name="day"/>; a null medium or territory means any.</summary>
    public static Filter Usable(string? medium, string? territory, DateOnly day)
    {
        var any = new BooleanQuery(disableCoord: true);
        var media = medium is null ? RightsVocabulary.Media.Select(m => m.Id) : [medium];
        foreach (var m in media)
        {
            foreach (var t in territory is null ? RightsVocabulary.Territories.Select(t => t.Id) : [territory])
            {
                for (var k = 0L; k < MaxWindows; k++)
                {
                    var window = new BooleanQuery(disableCoord: true)
                    {
                        { NumericRangeQuery.NewInt64Range(StartField(m, t), k * Factor, (k * Factor) + day.DayNumber, true, true), Occur.MUST },
                        { NumericRangeQuery.NewInt64Range(EndField(m, t), (k * Factor) + day.DayNumber, (k * Factor) + OpenEnd, true, true), Occur.MUST },
                    };
                    any.Add(window, Occur.SHOULD);
                }
            }
        }

        return new QueryWrapperFilter(any);
    }

    private static string StartField(string medium, string territory) => string.Create(CultureInfo.InvariantCulture, $"rights.{medium}.{territory}.s");

    private static string EndField(string medium, string territory) => string.Create(CultureInfo.InvariantCulture, $"rights.{medium}.{territory}.e");
}
