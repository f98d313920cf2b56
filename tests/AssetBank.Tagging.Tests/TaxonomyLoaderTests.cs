using AssetBank.Core.Tagging;
using AssetBank.Tagging.Taxonomies;

namespace AssetBank.Tagging.Tests;

public sealed class TaxonomyLoaderTests
{
    private const string Baby = "{\"id\": \"industry.baby\", \"label\": \"母婴\", \"en\": \"Baby\"}";

    private static TaxonomyValidationException Invalid(string json) =>
        Assert.Throws<TaxonomyValidationException>(() => TaxonomyLoader.Load(TaxonomyFiles.Utf8(json), "test.json"));

    [Fact]
    public void Default_taxonomy_loads_and_meets_the_size_floors()
    {
        var taxonomy = TaxonomyLoader.LoadDefault();

        Assert.True(taxonomy.TermsOf(TagDimension.Industry).Count >= 25);
        Assert.True(taxonomy.TermsOf(TagDimension.Scenario).Count >= 60);
        Assert.True(taxonomy.TermsOf(TagDimension.Emotion).Count >= 25);
        Assert.True(taxonomy.TermsOf(TagDimension.Relationship).Count >= 40);
        Assert.Matches("^[0-9a-f]{64}$", taxonomy.Version);
    }

    [Fact]
    public void Default_taxonomy_has_parents_english_labels_and_weighted_keywords()
    {
        var taxonomy = TaxonomyLoader.LoadDefault();

        var feeding = taxonomy.FindByLabel(TagDimension.Industry, "婴童喂养");
        Assert.NotNull(feeding);
        Assert.Equal("母婴", taxonomy.FindById(feeding.ParentId!)!.Label);
        Assert.All(taxonomy.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.EnglishLabel)));
        Assert.All(taxonomy.Terms, t => Assert.True(t.Synonyms.Count + t.Keywords.Count > 0, t.Id));
        Assert.Contains(taxonomy.Terms, t => t.NegativeKeywords.Count > 0);
    }

    [Theory]
    [InlineData("industry", "母婴")]
    [InlineData("industry", "美妆")]
    [InlineData("industry", "食品饮料")]
    [InlineData("industry", "3C数码")]
    [InlineData("industry", "汽车")]
    [InlineData("scenario", "夜醒")]
    [InlineData("scenario", "哄睡")]
    [InlineData("scenario", "家庭出游")]
    [InlineData("scenario", "加班")]
    [InlineData("scenario", "开箱")]
    [InlineData("scenario", "种草")]
    [InlineData("emotion", "焦虑")]
    [InlineData("emotion", "温馨")]
    [InlineData("emotion", "惊喜")]
    [InlineData("emotion", "疲惫")]
    [InlineData("emotion", "兴奋")]
    [InlineData("relationship", "新手爸爸")]
    [InlineData("relationship", "一家三口")]
    [InlineData("relationship", "闺蜜")]
    [InlineData("relationship", "同事")]
    [InlineData("relationship", "年轻人")]
    public void Default_taxonomy_holds_the_terms_the_sample_library_uses(string dimension, string label)
    {
        Assert.True(TagDimensions.TryParse(dimension, out var parsed));
        Assert.NotNull(TaxonomyLoader.LoadDefault().FindByLabel(parsed, label));
    }

    [Fact]
    public void The_shipped_file_next_to_the_binaries_is_the_embedded_copy()
    {
        Assert.True(File.Exists(TaxonomyLoader.ShippedFilePath), TaxonomyLoader.ShippedFilePath);
        Assert.Equal(TaxonomyLoader.ReadDefaultBytes(), File.ReadAllBytes(TaxonomyLoader.ShippedFilePath));
        Assert.Equal(TaxonomyLoader.LoadDefault().Version, TaxonomyLoader.LoadConfigured(null).Version);
    }

    [Fact]
    public void Duplicate_ids_name_the_file_and_both_lines()
    {
        var ex = Invalid(TaxonomyFiles.With(Baby, "{\"id\": \"industry.baby\", \"label\": \"美妆\", \"en\": \"Beauty\"}"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("test.json", problem.Source);
        Assert.Equal(4, problem.Line);
        Assert.Contains("duplicate id 'industry.baby'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("see line 3", problem.Message, StringComparison.Ordinal);
        Assert.Contains("test.json:4:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_labels_in_one_dimension_are_rejected_even_when_they_differ_only_in_width_and_case()
    {
        var ex = Invalid(TaxonomyFiles.With(
            "{\"id\": \"industry.a\", \"label\": \"3C数码\", \"en\": \"A\"}",
            "{\"id\": \"industry.b\", \"label\": \"３ｃ数码\", \"en\": \"B\"}"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("duplicate label", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_synonym_naming_another_term_is_rejected_on_its_line()
    {
        var ex = Invalid(TaxonomyFiles.With(
            Baby,
            "{\"id\": \"industry.feeding\", \"label\": \"婴童喂养\", \"en\": \"Feeding\", \"synonyms\": [\"母婴\"]}"));

        Assert.Equal(4, Assert.Single(ex.Problems).Line);
    }

    [Fact]
    public void The_same_label_in_two_dimensions_is_allowed()
    {
        var json = TaxonomyFiles.With("{\"id\": \"industry.anxiety\", \"label\": \"焦虑\", \"en\": \"Anxiety products\"}");

        var taxonomy = TaxonomyLoader.Load(TaxonomyFiles.Utf8(json), "test.json");

        Assert.Equal(2, taxonomy.FindByLabel("焦虑").Count);
    }

    [Fact]
    public void Unknown_parents_name_the_line()
    {
        var ex = Invalid(TaxonomyFiles.With(Baby, "{\"id\": \"industry.feeding\", \"label\": \"婴童喂养\", \"en\": \"Feeding\", \"parent\": \"industry.nope\"}"));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("unknown parent 'industry.nope'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parent_cycles_are_rejected()
    {
        var ex = Invalid(TaxonomyFiles.With(
            "{\"id\": \"industry.a\", \"label\": \"甲\", \"en\": \"A\", \"parent\": \"industry.c\"}",
            "{\"id\": \"industry.b\", \"label\": \"乙\", \"en\": \"B\", \"parent\": \"industry.a\"}",
            "{\"id\": \"industry.c\", \"label\": \"丙\", \"en\": \"C\", \"parent\": \"industry.b\"}"));

        var problem = Assert.Single(ex.Problems);
        Assert.Contains("parent cycle", problem.Message, StringComparison.Ordinal);
        Assert.InRange(problem.Line!.Value, 3, 5);
    }

    [Fact]
    public void A_term_that_is_its_own_parent_is_a_cycle()
    {
        var ex = Invalid(TaxonomyFiles.With("{\"id\": \"industry.a\", \"label\": \"甲\", \"en\": \"A\", \"parent\": \"industry.a\"}"));

        Assert.Contains("parent cycle: industry.a > industry.a", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parent_from_another_dimension_is_rejected()
    {
        var ex = Invalid(TaxonomyFiles.With("{\"id\": \"industry.a\", \"label\": \"甲\", \"en\": \"A\", \"parent\": \"emotion.anxiety\"}"));

        Assert.Contains("another dimension", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_missing_labels_are_rejected()
    {
        var ex = Invalid(TaxonomyFiles.With(
            "{\"id\": \"industry.a\", \"label\": \"  \", \"en\": \"A\"}",
            "{\"id\": \"industry.b\", \"en\": \"B\"}"));

        Assert.Equal([3, 4], ex.Problems.Select(p => p.Line!.Value));
        Assert.Contains("empty label", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("no label", ex.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_weights_unknown_properties_and_wrong_types_are_all_reported_with_their_lines()
    {
        var ex = Invalid(TaxonomyFiles.With(
            "{\"id\": \"industry.a\", \"label\": \"甲\", \"en\": \"A\", \"keywords\": {\"宝宝\": -1}}",
            "{\"id\": \"industry.b\", \"label\": \"乙\", \"en\": \"B\", \"keywords\": {\"宝宝\": \"high\"}}",
            "{\"id\": \"industry.c\", \"label\": \"丙\", \"en\": \"C\", \"synonym\": [\"x\"]}",
            "{\"id\": \"industry.d\", \"label\": \"丁\", \"en\": \"D\", \"synonyms\": \"x\"}"));

        Assert.Equal([3, 4, 5, 6], ex.Problems.Select(p => p.Line!.Value));
        Assert.Contains("weight", ex.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("must be a number", ex.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("unknown property 'synonym'", ex.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("array of strings", ex.Problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_names_the_line()
    {
        var json = TaxonomyFiles.With(Baby).Replace("\"en\": \"Baby\"}", "\"en\": \"Baby\"", StringComparison.Ordinal);

        var problem = Assert.Single(Invalid(json).Problems);
        Assert.StartsWith("malformed JSON", problem.Message, StringComparison.Ordinal);
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void A_missing_dimension_is_reported()
    {
        var ex = Invalid("{\"industry\": [], \"scenario\": [], \"emotion\": []}");

        Assert.Contains("'relationship' is missing", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_validation_error_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-taxonomy-{Guid.NewGuid():N}.json");

        var ex = Assert.Throws<TaxonomyValidationException>(() => TaxonomyLoader.LoadFile(path));

        Assert.Equal(path, ex.FileName);
        Assert.Contains("file not found", ex.Message, StringComparison.Ordinal);
        Assert.Single(TaxonomyLoader.CheckFile(path));
    }

    [Fact]
    public void Files_on_disk_report_their_path_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"taxonomy-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, TaxonomyFiles.Utf8(TaxonomyFiles.With(Baby, Baby.Replace("母婴", "美妆", StringComparison.Ordinal))));
        try
        {
            var problem = Assert.Single(TaxonomyLoader.CheckFile(path));
            Assert.Equal($"{path}:4: duplicate id 'industry.baby' (see line 3)", problem.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Version_ignores_formatting_and_order_but_follows_content()
    {
        var a = TaxonomyLoader.Load(TaxonomyFiles.Utf8(TaxonomyFiles.With(Baby, "{\"id\": \"industry.car\", \"label\": \"汽车\", \"en\": \"Car\"}")), "a");
        var reordered = TaxonomyLoader.Load(
            TaxonomyFiles.Utf8("// edited by hand\n" + TaxonomyFiles.With("{ \"label\": \"汽车\", \"id\": \"industry.car\",   \"en\": \"Car\" }", Baby)), "b");
        var changed = TaxonomyLoader.Load(TaxonomyFiles.Utf8(TaxonomyFiles.With(Baby, "{\"id\": \"industry.car\", \"label\": \"汽车\", \"en\": \"Cars\"}")), "c");

        Assert.Equal(a.Version, reordered.Version);
        Assert.NotEqual(a.Version, changed.Version);
    }

    [Fact]
    public void Lookups_fold_width_and_case_and_accept_synonyms()
    {
        var taxonomy = TaxonomyLoader.LoadDefault();

        Assert.Equal("3C数码", taxonomy.FindByLabel(TagDimension.Industry, "３ｃ数码")!.Label);
        Assert.Equal("新手爸爸", taxonomy.FindByLabel(TagDimension.Relationship, "奶爸")!.Label);
        Assert.Null(taxonomy.FindByLabel(TagDimension.Emotion, "新手爸爸"));
        Assert.Equal(["母婴"], taxonomy.AncestorsOf(taxonomy.FindByLabel(TagDimension.Industry, "婴童喂养")!.Id).Select(t => t.Label));
    }

    [Fact]
    public void Building_a_taxonomy_from_terms_in_code_validates_too()
    {
        var terms = new[]
        {
            new TaxonomyTerm("industry.a", TagDimension.Industry, "甲", "A"),
            new TaxonomyTerm("industry.a", TagDimension.Industry, "乙", "B"),
        };

        var ex = Assert.Throws<TaxonomyValidationException>(() => new Taxonomy(terms, "code"));

        Assert.Contains("duplicate id", ex.Message, StringComparison.Ordinal);
    }
}
