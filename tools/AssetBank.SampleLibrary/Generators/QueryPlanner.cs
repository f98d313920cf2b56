using System.Globalization;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// Strategist queries with the files (and shots or items) that should answer them: for a theme, its video's
/// core shots, its copy, its notes and the comments of its memes; never another theme's video or copy.
/// </summary>
internal static class QueryPlanner
{
    public static IReadOnlyList<SampleQuery> Plan(IReadOnlyList<ThemeContent> themes, IReadOnlyList<ManifestEntry> entries)
    {
        var queries = new List<SampleQuery>();
        foreach (var theme in themes)
        {
            var expected = Expected(theme, entries);
            var notExpected = entries
                .Where(e => e.Kind is SampleKind.Video or SampleKind.Copy && e.Themes.Count > 0 && !e.Themes.Contains(theme.Tags))
                .Select(e => e.Path)
                .ToList();
            for (var i = 0; i < theme.Queries.Count; i++)
            {
                queries.Add(new SampleQuery(
                    $"{theme.Id}-{(i + 1).ToString(CultureInfo.InvariantCulture)}",
                    theme.Queries[i],
                    theme.Id,
                    expected,
                    notExpected));
            }
        }

        var muying = themes.Single(t => t.Id == "muying");
        var kolItems = muying.Kols.Select(k => k.Nickname).ToList();
        queries.Add(new SampleQuery(
            "kol-muying",
            "母婴博主 报价 粉丝数",
            muying.Id,
            [.. entries.Where(e => e.Kind == SampleKind.KolList).Select(e => new ExpectedMatch(e.Path, [], kolItems))],
            []));
        return queries;
    }

    private static List<ExpectedMatch> Expected(ThemeContent theme, IReadOnlyList<ManifestEntry> entries)
    {
        var expected = new List<ExpectedMatch>();
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case SampleKind.Video when entry.Themes.Contains(theme.Tags):
                    var core = theme.Shots.Select((s, i) => (s, i)).Where(x => x.s.Core).Select(x => x.i).ToList();
                    expected.Add(new ExpectedMatch(entry.Path, core, []));
                    break;
                case SampleKind.Copy when entry.Themes.Contains(theme.Tags):
                    expected.Add(new ExpectedMatch(entry.Path, [], []));
                    break;
                case SampleKind.Social when entry.Social is not null:
                    // Notes of the theme, and comments that belong to one of its memes.
                    var items = entry.Social.Items
                        .Where(i => i.ThemeId == theme.Id && (entry.Social.Platform == SocialPlanner.Xiaohongshu || i.MemeId is not null))
                        .Select(i => i.Id)
                        .ToList();
                    if (items.Count > 0)
                    {
                        expected.Add(new ExpectedMatch(entry.Path, [], items));
                    }

                    break;
            }
        }

        return expected;
    }
}
