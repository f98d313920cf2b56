using System.Globalization;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Hosting;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.Tagging.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.TaggingEval.Tests;

/// <summary>
/// The lexicon tagger, through ingestion, on the small sample library (seed 20240601). Floors sit 0.05 below the
/// figures in tools/AssetBank.TaggingEval/RESULTS.md; none is set under 0.30, where a floor would guard nothing worth
/// having. Emotion precision (0.29) and overall emotion recall (0.31) are below that and carry no floor (see RESULTS.md).
/// </summary>
public sealed class LibraryTaggingEvaluationTests(EvaluatedLibraryFixture fixture) : IClassFixture<EvaluatedLibraryFixture>
{
    private static readonly ThemeTags Muying = new("母婴", "夜醒", "焦虑", "新手爸爸");

    private LibraryEvaluation Evaluation => fixture.Evaluation;

    [Theory]
    [InlineData(TagDimension.Industry, 0.63)]
    [InlineData(TagDimension.Scenario, 0.30)]
    [InlineData(TagDimension.Relationship, 0.48)]
    public void Precision_over_all_files_and_parts_stays_above_its_floor(TagDimension dimension, double floor) =>
        AtLeast(Evaluation.Overall[dimension], floor, precision: true);

    [Theory]
    [InlineData(TagDimension.Industry, 0.54)]
    [InlineData(TagDimension.Scenario, 0.42)]
    [InlineData(TagDimension.Relationship, 0.42)]
    public void Recall_over_all_files_and_parts_stays_above_its_floor(TagDimension dimension, double floor) =>
        AtLeast(Evaluation.Overall[dimension], floor, precision: false);

    [Theory]
    [InlineData(TagDimension.Industry, 0.62)]
    [InlineData(TagDimension.Scenario, 0.30)]
    [InlineData(TagDimension.Relationship, 0.47)]
    public void Precision_on_items_with_text_stays_above_its_floor(TagDimension dimension, double floor) =>
        AtLeast(Evaluation.WithText[dimension], floor, precision: true);

    [Theory]
    [InlineData(TagDimension.Industry, 0.68)]
    [InlineData(TagDimension.Scenario, 0.66)]
    [InlineData(TagDimension.Emotion, 0.42)]
    [InlineData(TagDimension.Relationship, 0.64)]
    public void Recall_on_items_with_text_stays_above_its_floor(TagDimension dimension, double floor) =>
        AtLeast(Evaluation.WithText[dimension], floor, precision: false);

    [Fact]
    public void Notes_comment_threads_kol_rows_and_video_shots_are_all_found_and_judged()
    {
        foreach (var kind in new[] { ItemKinds.Note, ItemKinds.CommentThread, ItemKinds.KolRow, ItemKinds.VideoShot })
        {
            Assert.True(Evaluation.Kind(kind) is { Items: > 0 }, $"no judged {kind} items");
        }

        var lost = Evaluation.Items.Where(i => i.Problem is not null).Select(i => $"{i.ItemId}: {i.Problem}").ToList();
        Assert.True(lost.Count == 0, "items without tags to judge:\n" + string.Join('\n', lost));
    }

    [Fact]
    public void The_muying_copy_and_note_export_carry_all_four_labels_of_their_theme()
    {
        var items = MuyingAssets().Where(i => i.Kind == "copy" || i.ItemId.StartsWith("social/xhs_notes_", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, items.Count);
        AssertCarry(items, TagDimensions.All);
    }

    [Fact]
    public void Every_muying_asset_with_text_carries_its_industry_scenario_and_relationship()
    {
        // Video, subtitles and comment exports lack 焦虑: the anxious lines are burned-in captions (no OCR) and the
        // comments are jokes about tired dads; RESULTS.md lists them. Posters carry their words as pixels only.
        var items = MuyingAssets().Where(i => i.HasText).ToList();
        Assert.Contains(items, i => i.Kind == "video");
        Assert.Contains(items, i => i.Kind == "subtitle");
        Assert.Contains(items, i => i.ItemId.StartsWith("social/douyin_comments_", StringComparison.Ordinal));
        AssertCarry(items, [TagDimension.Industry, TagDimension.Scenario, TagDimension.Relationship]);
    }

    private List<EvaluatedItem> MuyingAssets() =>
        Evaluation.Items.Where(i => i.Scope == ItemScope.Asset && i.Expected.Count == 1 && i.Expected[0] == Muying).ToList();

    private static void AssertCarry(List<EvaluatedItem> items, IReadOnlyList<TagDimension> dimensions)
    {
        var lacking = (from item in items
                       from dimension in dimensions
                       let label = EvaluatedItem.LabelOf(Muying, dimension)
                       where !item.LabelsOf(dimension).Contains(label)
                       select $"{item.ItemId} lacks {label} (has {string.Join("、", item.LabelsOf(dimension))})").ToList();
        Assert.True(lacking.Count == 0, string.Join('\n', lacking));
    }

    private void AtLeast(DimensionScore score, double floor, bool precision)
    {
        var measured = precision ? score.Precision : score.Recall;
        var misses = Evaluation.Misses
            .Where(m => m.Dimension == score.Dimension && (precision ? m.Wrong.Count > 0 : m.Missing.Count > 0))
            .Take(20)
            .Select(m => $"  {m.ItemId}: " + (precision ? "wrong " + string.Join("、", m.Wrong) : "missing " + string.Join("、", m.Missing)));
        Assert.True(
            measured >= floor,
            string.Create(CultureInfo.InvariantCulture, $"{score.Dimension} {(precision ? "precision" : "recall")} {measured:0.000} < floor {floor:0.00} ") +
            $"(judged {score.Judged}, predicted {score.Predicted}, correct {score.Correct}); first misses:\n" + string.Join('\n', misses));
    }

    [Fact]
    public async Task The_manifest_queries_find_their_themed_assets_in_the_search_index()
    {
        var manifest = await SampleManifest.LoadAsync(Path.Combine(fixture.Library, "manifest.json"), CancellationToken.None);
        var configuration = AssetBankConfiguration.Build(overrides: LibraryTaggingEvaluation.Overrides(fixture.Library, fixture.Work));
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddAssetBank(configuration)
            .BuildServiceProvider();
        var index = services.GetRequiredService<ISearchIndex>();
        int expected = 0, found = 0;
        var misses = new List<string>();
        foreach (var query in manifest.Queries)
        {
            var results = await index.SearchAsync(new SearchQuery { Text = query.Text, PageSize = 50 }, CancellationToken.None);
            var keys = results.Hits.Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
            var top = results.Hits.Take(5).Select(h => h.Key).ToList();
            Assert.True(
                query.Expected.Any(e => top.Contains(e.Path)),
                $"'{query.Text}': none of its expected assets is in the top 5 ({string.Join(", ", top)})");
            foreach (var match in query.Expected)
            {
                expected++;
                if (keys.Contains(match.Path))
                {
                    found++;
                }
                else
                {
                    misses.Add($"{query.Text} → {match.Path}");
                }
            }
        }

        Assert.True(expected > 0);
        // Measured 42 of 50 (0.84): the misses are videos without subtitle files (their words are pixels) and
        // paraphrases that share no word with the item (宝宝夜里哭 vs 夜醒); the floor sits just below.
        Assert.True(found >= expected * 0.8, $"found {found} of {expected} expected assets; missed: {string.Join("; ", misses)}");
    }
}
