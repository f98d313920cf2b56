using AssetBank.Core.Tagging;

namespace AssetBank.Search;

/// <summary>Field names of the Lucene documents. Changing the layout means bumping <see cref="SchemaVersion"/>.</summary>
internal static class SearchFields
{
    /// <summary>Stamped on every rebuild (see <see cref="Store.IndexStamp"/>); an index with another value is reported as needing a rebuild.</summary>
    public const string SchemaVersion = "3";

    public const string Id = "id";
    public const string Asset = "asset";
    public const string Shot = "shot";
    public const string External = "ext";
    public const string Kind = "kind";
    public const string Channel = "channel";
    public const string Client = "client";
    public const string Project = "project";
    public const string Producer = "producer";
    public const string Created = "created";
    public const string CreatedSort = "created.dv";
    public const string Key = "key";

    /// <summary>Analysed and stored; queried for free text only, as a bonus on top of <see cref="Text"/>.</summary>
    public const string Title = "title";

    /// <summary>Analysed, not stored: title, body, subtitles, comments and captions together.</summary>
    public const string Text = "text";

    /// <summary>CJK bigrams of the title and text: the recall fallback.</summary>
    public const string Bigram = "bigram";

    public const string Body = "body";
    public const string Subtitles = "subtitles";
    public const string OnScreenText = "onscreen";
    public const string Comments = "comments";
    public const string Captions = "captions";
    public const string Tags = "tags";
    public const string Start = "start";
    public const string End = "end";
    public const string Keyframe = "keyframe";
    public const string Engagement = "engagement";
    public const string EngagementSort = "engagement.dv";
    public const string Author = "author";

    /// <summary>Stored: the SimHash of the content (see <see cref="Indexing.ContentFingerprint"/>), to list one result per piece of work.</summary>
    public const string Fingerprint = "fp";

    /// <summary>Indexed on a video: the keys of its subtitle sidecars, so that the sidecars' own documents are not listed.</summary>
    public const string Sidecar = "sidecar";

    public const string DimensionPrefix = "dim.";
    public const string FacetPrefix = "facet.";

    private static readonly string[] DimensionFields = TagDimensions.All.Select(d => DimensionPrefix + TagDimensions.ToWire(d)).ToArray();
    private static readonly string[] FacetFields = TagDimensions.All.Select(d => FacetPrefix + TagDimensions.ToWire(d)).ToArray();

    /// <summary>Indexed terms of a dimension (term ids with their ancestors), term frequency carrying the confidence.</summary>
    public static string DimensionField(TagDimension dimension) => DimensionFields[(int)dimension];

    /// <summary>Sorted-set doc values of a dimension (term ids with their ancestors), for facet counts.</summary>
    public static string FacetField(TagDimension dimension) => FacetFields[(int)dimension];

    public static bool IsDimensionField(string field) => field.StartsWith(DimensionPrefix, StringComparison.Ordinal);
}
