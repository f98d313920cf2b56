using System.ComponentModel.DataAnnotations;

namespace AssetBank.Search;

/// <summary>Configuration section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>The index folder; relative paths are resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string IndexPath { get; set; } = "data/index";

    /// <summary>An extra user dictionary for the Chinese analyzer (<c>word [frequency]</c> per line), loaded at start-up.</summary>
    public string? UserDictionaryPath { get; set; }

    /// <summary>Commit after this many changed documents (commits are also made every <see cref="CommitInterval"/>).</summary>
    [Range(1, 100_000_000)]
    public int CommitEveryDocuments { get; set; } = 10_000;

    /// <summary>Longest time uncommitted changes wait before a commit makes them durable.</summary>
    public TimeSpan CommitInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Indexing buffer: larger means fewer, bigger segments while ingesting.</summary>
    [Range(8, 2048)]
    public double RamBufferSizeMB { get; set; } = 64;

    /// <summary>Segments a rebuilt index is merged into before it is committed (fewer: faster queries).</summary>
    [Range(1, 100)]
    public int RebuildMaxSegments { get; set; } = 4;

    /// <summary>Merge policy: segments allowed per size tier before they are merged (Lucene's default is 10).</summary>
    [Range(2, 50)]
    public int SegmentsPerTier { get; set; } = 6;

    /// <summary>Threads analysing documents during a rebuild or a large <c>IndexAsync</c> batch.</summary>
    [Range(1, 16)]
    public int IndexingThreads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>Threads one search may use (its segments are split between them); 1 searches on the calling thread only.</summary>
    [Range(1, 16)]
    public int SearchThreads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Index size from which a search is split between <see cref="SearchThreads"/> threads.</summary>
    [Range(0, int.MaxValue)]
    public int ParallelSearchMinDocuments { get; set; } = 200_000;

    /// <summary>Score of a dimension match at confidence 1 (it scales with the tag's confidence).</summary>
    [Range(0.0, 100.0)]
    public float DimensionBoost { get; set; } = 3f;

    /// <summary>Weight of a title match relative to a body match.</summary>
    [Range(0.0, 100.0)]
    public float TitleBoost { get; set; } = 2f;

    /// <summary>Weight of the CJK-bigram recall field relative to the word fields.</summary>
    [Range(0.0, 10.0)]
    public float BigramWeight { get; set; } = 0.3f;

    /// <summary>Weight of a text match on a synonym of a resolved term, relative to its label.</summary>
    [Range(0.0, 10.0)]
    public float SynonymWeight { get; set; } = 0.7f;

    /// <summary>
    /// Synonyms of a resolved term also searched as words in the text (for items not tagged yet). Each costs a term
    /// lookup per segment per query.
    /// </summary>
    [Range(0, 20)]
    public int MaxSynonyms { get; set; } = 4;

    /// <summary>
    /// Share of the query's parts (rounded up, at least one) a document must match: 0 (the default) ranks every document
    /// matching any part, those matching more parts first; 0.75 would ask 2 of 2, 3 of 3, 3 of 4.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinimumShouldMatch { get; set; }

    /// <summary>
    /// When fewer than <see cref="RelaxBelow"/> documents match, the search runs again asking only this share of the
    /// parts (2 of 3, 2 of 4), and says so in a note: a precise answer when there is one, a broader one when not.
    /// </summary>
    [Range(0.0, 1.0)]
    public double RelaxedMinimumShouldMatch { get; set; } = 0.5;

    /// <summary>Hit count under which a search is relaxed (see <see cref="RelaxedMinimumShouldMatch"/>); 0 never relaxes.</summary>
    [Range(0, 10_000)]
    public int RelaxBelow { get; set; } = 20;

    /// <summary>Weight of a taxonomy keyword, parent or child of a resolved term, relative to its label (expansion).</summary>
    [Range(0.0, 10.0)]
    public float ExpansionWeight { get; set; } = 0.35f;

    /// <summary>Keywords of a resolved term (strongest first) also searched as words; each costs a term lookup.</summary>
    [Range(0, 20)]
    public int MaxKeywords { get; set; } = 4;

    /// <summary>Top hits read for pseudo-relevance feedback (their tags are added, down-weighted); 0 turns feedback off.</summary>
    [Range(0, 50)]
    public int FeedbackDocuments { get; set; } = 5;

    /// <summary>Tags taken from the top hits for feedback (those most of them share).</summary>
    [Range(0, 20)]
    public int FeedbackTerms { get; set; } = 4;

    /// <summary>Weight of a feedback tag relative to a tag the query names.</summary>
    [Range(0.0, 10.0)]
    public float FeedbackWeight { get; set; } = 0.25f;

    /// <summary>Key words read from a passage-length query (a pasted brief), by weight in the query and rarity in the index.</summary>
    [Range(1, 64)]
    public int MaxPassageWords { get; set; } = 16;

    /// <summary>Below this many hits a search explains which part matched nothing and suggests nearer queries.</summary>
    [Range(0, 1000)]
    public int FewResults { get; set; } = 3;

    /// <summary>Query text beyond this many characters is cut off (with a note).</summary>
    [Range(16, 100_000)]
    public int MaxQueryLength { get; set; } = 4000;

    /// <summary>Length of a snippet in characters.</summary>
    [Range(20, 2000)]
    public int SnippetLength { get; set; } = 96;

    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Deepest hit reachable by paging (page × page size).</summary>
    [Range(100, 1_000_000)]
    public int MaxResultWindow { get; set; } = 10_000;

    /// <summary>Offset of the calendar used by <c>date:</c> filters in query text (Beijing time by default).</summary>
    public TimeSpan DateFilterUtcOffset { get; set; } = TimeSpan.FromHours(8);
}
