using System.Globalization;
using AssetBank.Core.Search;

namespace AssetBank.Search.Store;

/// <summary>
/// What a commit says about the index in its user data: the schema and taxonomy it was rebuilt with, and the catalog
/// change sequence it contains.
/// </summary>
/// <remarks>
/// Only a rebuild writes a new schema and taxonomy (<see cref="Current"/>); every other commit carries the previous
/// ones forward with a new sequence (<see cref="WithSequence"/>), so a "rebuild needed" survives until a rebuild.
/// </remarks>
/// <param name="Schema">The document layout the index was rebuilt with; null when it never was.</param>
/// <param name="Taxonomy">The <see cref="Core.Tagging.Taxonomy.Version"/> it was rebuilt with; null when it never was.</param>
/// <param name="Sequence">The last catalog change sequence the commit contains; 0 when unknown.</param>
internal sealed record IndexStamp(string? Schema, string? Taxonomy, long Sequence)
{
    public const string SchemaKey = "assetbank.schema";
    public const string TaxonomyKey = "assetbank.taxonomy";
    public const string SequenceKey = "catalog_sequence";

    /// <summary>No commit, or a commit that was never stamped by a rebuild.</summary>
    public static IndexStamp None { get; } = new(null, null, 0);

    /// <summary>The stamp of a rebuild by this version with <paramref name="taxonomyVersion"/>.</summary>
    public static IndexStamp Current(string taxonomyVersion, long sequence) => new(SearchFields.SchemaVersion, taxonomyVersion, sequence);

    public static IndexStamp From(IDictionary<string, string>? userData)
    {
        if (userData is null)
        {
            return None;
        }

        var sequence = userData.TryGetValue(SequenceKey, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
        return new IndexStamp(
            userData.TryGetValue(SchemaKey, out var schema) ? schema : null,
            userData.TryGetValue(TaxonomyKey, out var taxonomy) ? taxonomy : null,
            Math.Max(0, sequence));
    }

    public IndexStamp WithSequence(long sequence) => this with { Sequence = sequence };

    public Dictionary<string, string> ToUserData()
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SequenceKey] = Sequence.ToString(CultureInfo.InvariantCulture),
        };
        if (Schema is not null)
        {
            data[SchemaKey] = Schema;
        }

        if (Taxonomy is not null)
        {
            data[TaxonomyKey] = Taxonomy;
        }

        return data;
    }

    /// <summary>Whether an index with this stamp can be used by this version with <paramref name="taxonomyVersion"/>.</summary>
    public SearchIndexState StateFor(string taxonomyVersion, string indexPath)
    {
        if (Schema is null && Taxonomy is null)
        {
            return SearchIndexState.Rebuild($"missing: no index built from the catalog in {indexPath}");
        }

        if (Schema != SearchFields.SchemaVersion)
        {
            return SearchIndexState.Rebuild($"schema changed: index has {Schema ?? "none"}, this version writes {SearchFields.SchemaVersion}");
        }

        return Taxonomy == taxonomyVersion ? SearchIndexState.Healthy : SearchIndexState.Rebuild("taxonomy changed since the index was built");
    }
}
