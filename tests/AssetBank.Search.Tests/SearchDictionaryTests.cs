using AssetBank.Analysis.Chinese;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using AssetBank.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace AssetBank.Search.Tests;

public sealed class SearchDictionaryTests
{
    private const string Word = "蓝鲸星球";

    private static readonly Taxonomy WithWord = new(Corpus.Taxonomy.Terms.Append(new TaxonomyTerm("scenario.test-only", TagDimension.Scenario, Word, "Test only")));

    [Fact]
    public async Task Two_indexes_with_different_taxonomies_in_one_process_keep_their_own_words()
    {
        using var with = await TempIndex.CreateAsync();
        using var without = await TempIndex.CreateAsync();
        with.Reopen(WithWord);

        Assert.Equal([Word], with.Index.TextAnalyzer.Segment(Word, queryMode: true));
        Assert.NotEqual([Word], without.Index.TextAnalyzer.Segment(Word, queryMode: true));
        Assert.False(ChineseDictionary.Default.Contains(Word));
    }

    [Fact]
    public void The_built_dictionary_is_frozen_and_the_default_one_is_untouched()
    {
        var before = ChineseDictionary.Default.WordCount;

        var dictionary = SearchDictionaryBuilder.Build(WithWord, null);

        Assert.True(dictionary.IsFrozen);
        Assert.True(dictionary.Contains(Word));
        Assert.Equal(before, ChineseDictionary.Default.WordCount);
        Assert.False(ChineseDictionary.Default.Contains(Word));
    }

    [Fact]
    public async Task The_text_analyzer_shows_the_terms_the_index_holds()
    {
        using var temp = await TempIndex.CreateAsync();
        temp.Reopen(WithWord);
        const string body = "新手爸爸带娃去蓝鲸星球夜游";
        await temp.Index.ApplyChangesAsync([], [Assets.Copy(900, "夜游", body)], 1, CancellationToken.None);
        await temp.Index.ReleaseWriterAsync(CancellationToken.None);
        var tokens = temp.Index.TextAnalyzer.Segment(body, queryMode: false);

        using var directory = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(directory);

        Assert.Contains(Word, tokens);
        Assert.All(tokens, token => Assert.True(reader.DocFreq(new Term(SearchFields.Text, token)) > 0, token));
    }
}
