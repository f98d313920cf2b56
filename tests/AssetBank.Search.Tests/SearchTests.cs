using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Search.Tests;

public sealed class SearchTests
{
    private const string StrategistQuery = "母婴 夜醒 焦虑 新手爸爸";

    [Fact]
    public async Task The_strategists_query_puts_the_items_carrying_all_four_dimensions_first()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For(StrategistQuery));

        var top = results.Hits.Take(4).Select(h => h.Id).ToHashSet();
        Assert.Equal(Corpus.NightWakingDadIds.Append("asset:101").Order(StringComparer.Ordinal), top.Order(StringComparer.Ordinal));
        Assert.All(results.Hits.Take(4), h => Assert.Equal(4, h.MatchedDimensions.Count));

        // Ranked partial matching lists loosely related items too, but far below the ones matching every part.
        var weakest = results.Hits.Take(4).Min(h => h.Score);
        Assert.All(results.Hits.Where(h => Corpus.UnrelatedIds.Contains(h.Id)), h => Assert.True(h.Score < weakest / 4));
    }

    [Fact]
    public async Task The_strategists_query_is_grouped_by_kind_and_channel_with_counts()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For(StrategistQuery) with { PageSize = 50 });

        Assert.StartsWith("TVC ", results.GroupSummary, StringComparison.Ordinal);
        Assert.Equal(results.Groups.Count, results.Groups.Select(g => g.Label).Distinct().Count());
        Assert.Equal(results.TotalHits, results.Groups.Sum(g => g.Count));
        foreach (var group in results.Groups)
        {
            Assert.Equal(group.Count, results.Hits.Count(h => h.GroupLabel == group.Label));
        }

        Assert.Equal(results.TotalHits, results.Kinds.Sum(k => k.Count));
        Assert.Contains(new FacetValue("copy", "文案", 1), results.Kinds);
    }

    [Fact]
    public async Task When_enough_items_fit_only_those_matching_three_of_four_parts_are_listed()
    {
        using var temp = await TempIndex.CreateAsync(Corpus.Documents, Strict(relaxBelow: 5));

        var results = await temp.Index.SearchAsync(SearchQuery.For(StrategistQuery) with { PageSize = 50 });

        Assert.Equal(6, results.TotalHits);
        Assert.DoesNotContain(results.Hits, h => h.Id == "asset:401");
        Assert.DoesNotContain(results.Interpretation.Notes, n => n.Code == "relaxed");
    }

    [Fact]
    public async Task When_few_items_fit_the_search_is_broadened_and_says_so()
    {
        using var temp = await TempIndex.CreateAsync(Corpus.Documents, Strict(relaxBelow: 20));

        var results = await temp.Index.SearchAsync(SearchQuery.For(StrategistQuery) with { PageSize = 50 });

        Assert.Contains(results.Hits, h => h.Id == "asset:401");
        Assert.Contains(results.Interpretation.Notes, n => n.Code == "relaxed" && n.Message.Contains("2 个条件（共 4 个）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facets_and_groups_are_left_out_when_not_asked_for()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("母婴") with { IncludeFacets = false, IncludeSnippets = false });

        Assert.Empty(results.Facets);
        Assert.Empty(results.Groups);
        Assert.All(results.Hits, h => Assert.Null(h.Snippet));
        Assert.Equal(9, results.TotalHits);
    }

    [Fact]
    public async Task Facet_counts_follow_deletions_and_updates()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        await temp.Index.ApplyChangesAsync([101], [], 1);
        await temp.Index.IndexDocumentsAsync([Corpus.Documents.Single(d => d.Id == "asset:202") with { Tags = [Corpus.Tag(TagDimension.Industry, "宠物", 0.9)] }]);

        var results = await temp.Index.SearchAsync(SearchQuery.For("行业:母婴"));

        Assert.Equal(4, results.TotalHits);
        Assert.Equal(4, results.Facets.Single(f => f.Dimension == TagDimension.Industry).Values.Single(v => v.Label == "母婴").Count);
        Assert.Equal(3, results.Facets.Single(f => f.Dimension == TagDimension.Relationship).Values.Single(v => v.Label == "新手爸爸").Count);
    }

    [Fact]
    public async Task Facet_ordinals_are_read_once_per_segment_not_once_per_query()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        await temp.Index.SearchAsync(SearchQuery.For("母婴"));
        var before = temp.Index.Ordinals.Builds;

        for (var i = 0; i < 5; i++)
        {
            await temp.Index.SearchAsync(SearchQuery.For("夜醒 焦虑") with { HitsPerGroup = 2 });
        }

        Assert.True(before > 0);
        Assert.Equal(before, temp.Index.Ordinals.Builds);

        await temp.Index.IndexDocumentsAsync([SearchDocument.ForAsset(950, "copy") with { Title = "新增文案", Tags = [Corpus.Tag(TagDimension.Emotion, "焦虑", 0.9)] }]);
        var after = await temp.Index.SearchAsync(SearchQuery.For("焦虑"));

        Assert.Equal(before + 1, temp.Index.Ordinals.Builds);
        Assert.Contains(after.Hits, h => h.Id == "asset:950");
        Assert.Contains(after.Facets.Single(f => f.Dimension == TagDimension.Emotion).Values, v => v.Label == "焦虑" && v.Count >= 1);
    }

    [Fact]
    public async Task A_search_split_across_threads_answers_exactly_like_one_thread()
    {
        // Several segments (one per IndexAsync call), searched on one thread and on three.
        using var single = await TempIndex.CreateAsync(configure: o => { o.SearchThreads = 1; o.SegmentsPerTier = 50; });
        using var parallel = await TempIndex.CreateAsync(configure: o => { o.SearchThreads = 3; o.ParallelSearchMinDocuments = 0; o.SegmentsPerTier = 50; });
        foreach (var batch in Corpus.Documents.Chunk(3))
        {
            await single.Index.IndexDocumentsAsync(batch);
            await parallel.Index.IndexDocumentsAsync(batch);
        }

        SearchQuery[] queries =
        [
            SearchQuery.For(StrategistQuery) with { HitsPerGroup = 2, PageSize = 4 },
            SearchQuery.For(StrategistQuery) with { Page = 2, PageSize = 3 },
            SearchQuery.For("母婴") with { Sort = SearchSort.Date, PageSize = 5, HitsPerGroup = 1 },
            new SearchQuery { PageSize = 50 },
            SearchQuery.For("行业:母婴 新手爸爸") with { FacetLimit = 50 },
        ];
        foreach (var query in queries)
        {
            var one = await single.Index.SearchAsync(query);
            var many = await parallel.Index.SearchAsync(query);

            Assert.Equal(one.TotalHits, many.TotalHits);
            Assert.Equal(one.Hits.Select(h => (h.Id, h.Score)), many.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(one.GroupSummary, many.GroupSummary);
            Assert.Equal(one.Groups.Select(g => string.Join(',', g.TopHits.Select(h => h.Id))), many.Groups.Select(g => string.Join(',', g.TopHits.Select(h => h.Id))));
            Assert.Equal(one.Facets.SelectMany(f => f.Values), many.Facets.SelectMany(f => f.Values));
        }
    }

    [Fact]
    public async Task The_interpretation_is_available_without_searching()
    {
        using var temp = await TempIndex.CreateAsync();

        var interpretation = temp.Index.Interpret("母婴—夜醒 哄娃 kind:video");

        Assert.Equal("母婴 → 行业:母婴 · 夜醒 → 场景:夜醒 · 文本:哄娃 · kind=video", interpretation.ToString());
    }

    [Fact]
    public async Task The_em_dash_form_finds_the_same_items_as_the_spaced_form()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var spaced = await temp.Index.SearchAsync(SearchQuery.For(StrategistQuery));
        var dashed = await temp.Index.SearchAsync(SearchQuery.For("母婴—夜醒—焦虑—新手爸爸"));

        Assert.Equal(spaced.Hits.Select(h => h.Id), dashed.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Free_text_finds_untagged_items_by_their_words()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("新手爸爸 半夜 哄娃"));

        Assert.Contains(results.Hits, h => h.Id == "asset:205");
        Assert.Equal("半夜 哄娃", results.Interpretation.FreeText);
    }

    [Fact]
    public async Task Higher_tag_confidence_ranks_higher_when_the_text_is_the_same()
    {
        SearchDocument Note(long id, double confidence) => SearchDocument.ForAsset(id, "social") with
        {
            Channel = "小红书",
            Title = "同一篇笔记",
            Body = "一模一样的正文",
            Tags = [Corpus.Tag(TagDimension.Emotion, "焦虑", confidence)],
        };
        using var temp = await TempIndex.CreateAsync([Note(1, 0.3), Note(2, 0.95), Note(3, 0.6)]);

        var results = await temp.Index.SearchAsync(SearchQuery.For("焦虑"));

        Assert.Equal(["asset:2", "asset:3", "asset:1"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Facets_count_every_matching_document_including_broader_terms()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("行业:母婴") with { PageSize = 2, FacetLimit = 50 });

        var matching = Corpus.Documents.Where(d => Carries(d, "industry.maternal-baby")).ToList();
        Assert.Equal(matching.Count, results.TotalHits);
        foreach (var facet in results.Facets)
        {
            foreach (var value in facet.Values)
            {
                Assert.Equal(matching.Count(d => Carries(d, value.Value)), value.Count);
            }
        }

        var relationship = results.Facets.Single(f => f.Dimension == TagDimension.Relationship);
        Assert.Equal(new FacetValue("relationship.family", "家庭", 9), relationship.Values[0]);
        Assert.Equal(new FacetValue("relationship.new-dad", "新手爸爸", 6), relationship.Values[1]);
    }

    [Fact]
    public async Task Dimension_filters_keep_items_tagged_with_the_term_or_a_narrower_one()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(new SearchQuery
        {
            Dimensions = [new DimensionFilter(TagDimension.Industry, "母婴")],
            PageSize = 50,
        });

        Assert.Contains(results.Hits, h => h.Id == "shot:101:1");
        Assert.Contains(results.Hits, h => h.Id == "asset:303");
        Assert.DoesNotContain(results.Hits, h => h.Id == "asset:203" || h.Id == "asset:205");
        Assert.Equal(9, results.TotalHits);
    }

    [Fact]
    public async Task Kind_and_channel_filters_accept_aliases()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(new SearchQuery { Kinds = ["social"], Channels = ["xhs"], PageSize = 50 });

        Assert.Equal(["asset:201", "asset:202", "asset:203", "asset:204", "asset:205"], results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.All(results.Hits, h => Assert.Equal("小红书笔记", h.GroupLabel));
    }

    [Fact]
    public async Task Explicit_syntax_in_the_text_filters_like_the_query_fields()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("新手爸爸 kind:video 客户:暖暖乳业"));

        Assert.All(results.Hits, h => Assert.Equal(101, h.AssetId));
        Assert.Equal(["asset:101", "shot:101:0", "shot:101:1"], results.Hits.Take(3).Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_minus_filter_or_term_leaves_those_items_out()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var all = await temp.Index.SearchAsync(SearchQuery.For("新手爸爸") with { PageSize = 100 });
        var noVideo = await temp.Index.SearchAsync(SearchQuery.For("新手爸爸 -kind:video") with { PageSize = 100 });
        var noBaby = await temp.Index.SearchAsync(SearchQuery.For("新手爸爸 -行业:母婴") with { PageSize = 100 });

        Assert.Contains(all.Hits, h => h.Kind == "video");
        Assert.NotEmpty(noVideo.Hits);
        Assert.DoesNotContain(noVideo.Hits, h => h.Kind == "video");
        Assert.DoesNotContain(noBaby.Hits, h => h.Tags.Any(t => t.Label == "母婴"));
        Assert.True(noBaby.TotalHits < all.TotalHits);
    }

    [Fact]
    public async Task Client_filters_match_exactly()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(new SearchQuery { Clients = ["远途汽车"], PageSize = 50 });

        Assert.Equal(4, results.TotalHits);
        Assert.All(results.Hits, h => Assert.Equal("远途汽车", h.Client));
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_first()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(new SearchQuery { Text = "母婴", Sort = SearchSort.Date, PageSize = 50 });

        var dates = results.Hits.Select(h => h.Created!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal("asset:202", results.Hits[0].Id);
    }

    [Fact]
    public async Task A_date_range_keeps_items_created_in_it()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var fromText = await temp.Index.SearchAsync(SearchQuery.For("date:2024") with { PageSize = 50 });
        var fromFields = await temp.Index.SearchAsync(new SearchQuery
        {
            CreatedFrom = Corpus.Date(2024, 1, 1).AddHours(-10),
            CreatedBefore = Corpus.Date(2025, 1, 1).AddHours(-10),
            PageSize = 50,
        });

        Assert.Equal(["asset:202", "asset:203", "asset:204", "asset:301", "asset:302"], fromText.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(fromText.Hits.Select(h => h.Id).Order(StringComparer.Ordinal), fromFields.Hits.Select(h => h.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_empty_query_lists_everything_newest_first()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("  ") with { PageSize = 50 });

        Assert.Equal(Corpus.Documents.Count, results.TotalHits);
        Assert.Equal("asset:204", results.Hits[0].Id);
        Assert.Equal("empty", results.Interpretation.Notes.Single().Code);
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_say_whether_more_follow()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var pages = new List<SearchResults>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await temp.Index.SearchAsync(new SearchQuery { Page = page, PageSize = 5 }));
        }

        Assert.Equal([5, 5, 5, 2], pages.Select(p => p.Hits.Count));
        Assert.Equal(Corpus.Documents.Count, pages.SelectMany(p => p.Hits).Select(h => h.Id).Distinct().Count());
        Assert.Equal([true, true, true, false], pages.Select(p => p.HasMore));
    }

    [Fact]
    public async Task Out_of_range_paging_is_clamped_not_rejected()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(new SearchQuery { Page = -3, PageSize = 100_000 });
        var deep = await temp.Index.SearchAsync(new SearchQuery { Page = 1_000_000, PageSize = 20 });

        Assert.Equal(1, results.Page);
        Assert.Equal(100, results.PageSize);
        Assert.Empty(deep.Hits);
        Assert.Contains(deep.Interpretation.Notes, n => n.Code == "page-limit");
    }

    [Fact]
    public async Task Each_group_can_carry_its_own_best_hits()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For(StrategistQuery) with { HitsPerGroup = 2, PageSize = 1 });

        var tvc = results.Groups.Single(g => g.Label == "TVC");
        Assert.Equal(2, tvc.TopHits.Count);
        Assert.All(tvc.TopHits, h => Assert.Equal("TVC", h.GroupLabel));
        Assert.True(tvc.TopHits[0].Score >= tvc.TopHits[1].Score);
        Assert.Equal("asset:201", results.Groups.Single(g => g.Label == "小红书笔记").TopHits[0].Id);
    }

    [Fact]
    public async Task Shot_hits_carry_their_time_code_keyframe_and_parent()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("冲奶粉 kind:video"));

        var shot = results.Hits.First(h => h.Id == "shot:101:1");
        Assert.Equal("00:04–00:09", shot.TimeCode);
        Assert.Equal("derived/101/shot-001.jpg", shot.KeyframeKey);
        Assert.Equal(101, shot.AssetId);
        Assert.Equal(1, shot.ShotIndex);
        Assert.Contains("<em>冲奶粉</em>", shot.Snippet!.Render(), StringComparison.Ordinal);
        Assert.Equal("subtitles", shot.Snippet.Field);
    }

    [Fact]
    public async Task Snippets_mark_the_query_words_in_the_stored_text()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("新手爸爸"));

        var note = results.Hits.Single(h => h.Id == "asset:201");
        Assert.Equal("body", note.Snippet!.Field);
        Assert.Contains("<em>新手爸爸</em>", note.Snippet.Render(), StringComparison.Ordinal);
        Assert.All(note.Snippet.Highlights, h => Assert.InRange(h.End, 1, note.Snippet.Text.Length));
    }

    [Fact]
    public async Task Matched_dimensions_report_the_confidence_of_a_narrower_tag_scaled_down()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("母婴"));

        var shot = results.Hits.Single(h => h.Id == "shot:101:1");
        Assert.Equal(new SearchTag(TagDimension.Industry, "industry.maternal-baby", "母婴", 0.72), shot.MatchedDimensions.Single());
    }

    [Fact]
    public async Task Imported_items_keep_their_external_id_and_engagement()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For("崩溃实录"));

        var note = results.Hits[0];
        Assert.Equal("xhs-6543a1", note.ExternalId);
        Assert.Equal(3200, note.Engagement);
        Assert.Equal("小红书", note.Channel);
        Assert.Equal(Corpus.Date(2023, 11, 2), note.Created);
    }

    [Fact]
    public async Task Bad_input_gives_results_or_notes_never_an_exception()
    {
        using var temp = await TempIndex.WithCorpusAsync();
        string[] inputs =
        [
            string.Empty, "   ", new string('焦', 100_000), "title:(foo AND bar)", "*", "?", "\"", "[1 TO *]", "\\", "~~", "!!!",
            "😭😭", "👨‍👩‍👧 新手爸爸", "行业:", "颜色:红", "kind:spaceship", "date:yesterday", "iPhone16 618大促 ＫＯＬ", "\u0000\uD800",
            "母婴 AND 夜醒 OR -焦虑 +新手爸爸",
        ];

        foreach (var input in inputs)
        {
            var results = await temp.Index.SearchAsync(SearchQuery.For(input));
            Assert.NotNull(results.Interpretation);
        }
    }

    [Fact]
    public async Task A_very_long_query_is_truncated_and_answered_with_a_note()
    {
        using var temp = await TempIndex.WithCorpusAsync();

        var results = await temp.Index.SearchAsync(SearchQuery.For(string.Concat(Enumerable.Repeat("新手爸爸半夜冲奶粉好焦虑", 9000))));

        Assert.Contains(results.Interpretation.Notes, n => n.Code == "truncated");
    }

    private static bool Carries(SearchDocument document, string termId) =>
        document.Tags.Any(t => t.TermId == termId || Corpus.Taxonomy.AncestorsOf(t.TermId).Any(a => a.Id == termId));

    /// <summary>The stricter configuration some deployments choose: 3 of 4 parts, relaxed to 2 of 4 below a count, no expansion or feedback.</summary>
    private static Action<SearchOptions> Strict(int relaxBelow) => o =>
    {
        o.MinimumShouldMatch = 0.75;
        o.RelaxBelow = relaxBelow;
        o.FeedbackDocuments = 0;
        o.ExpansionWeight = 0;
    };
}
