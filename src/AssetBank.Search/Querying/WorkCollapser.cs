using System.Globalization;
using AssetBank.Core.Search;
using AssetBank.Search.Indexing;
using Lucene.Net.Search;

namespace AssetBank.Search.Querying;

/// <summary>
/// One result per piece of work: walks the ranked hits and folds into the best one every later hit with a near-equal
/// content fingerprint; a file's own hit and the first of its per-item hits (the file holds the item's text) are one
/// result too. Other items of the same file are other pieces of work, and shots stay separate: each has its own time code.
/// A subtitle file that feeds a video's shots (a <c>.srt</c> or <c>.ass</c> beside it) is part of the video, not listed.
/// </summary>
internal static class WorkCollapser
{
    public static List<(ScoreDoc Lead, List<SearchHitForm> Others)> Collapse(IndexSearcher searcher, IReadOnlyList<ScoreDoc> ranked)
    {
        var groups = new List<(ScoreDoc Lead, List<SearchHitForm> Others)>();
        var fingerprints = new List<(string Fingerprint, int Group)>();
        var byAsset = new Dictionary<long, (int Group, bool File, bool Item)>();
        foreach (var scored in ranked)
        {
            var stored = searcher.Doc(scored.Doc);
            var id = stored.Get(SearchFields.Id) ?? string.Empty;
            var assetId = long.TryParse(stored.Get(SearchFields.Asset), NumberStyles.Integer, CultureInfo.InvariantCulture, out var a) ? a : -1;
            var isFile = id.StartsWith("asset:", StringComparison.Ordinal);
            var isItem = id.StartsWith("item:", StringComparison.Ordinal);
            var fingerprint = stored.Get(SearchFields.Fingerprint);
            if (isFile && IsSidecarOfVideo(searcher, stored.Get(SearchFields.Key)))
            {
                continue;
            }

            int? group = null;
            if ((isFile || isItem) && byAsset.TryGetValue(assetId, out var same) && ((isFile && !same.File) || (isItem && !same.Item)))
            {
                group = same.Group;
            }

            if (group is null && fingerprint is not null)
            {
                foreach (var (other, index) in fingerprints)
                {
                    if (ContentFingerprint.Near(fingerprint, other))
                    {
                        group = index;
                        break;
                    }
                }
            }

            if (group is { } g)
            {
                groups[g].Others.Add(new SearchHitForm(id, assetId, stored.Get(SearchFields.Key), stored.Get(SearchFields.Kind) ?? "unknown", stored.Get(SearchFields.External)));
            }
            else
            {
                g = groups.Count;
                groups.Add((scored, []));
            }

            if (isFile || isItem)
            {
                var (existing, file, item) = byAsset.TryGetValue(assetId, out var known) ? known : (g, false, false);
                byAsset[assetId] = existing == g || !byAsset.ContainsKey(assetId) ? (g, file || isFile, item || isItem) : (existing, file, item);
            }

            if (fingerprint is not null)
            {
                fingerprints.Add((fingerprint, g));
            }
        }

        return groups;
    }

    private static readonly string[] SidecarExtensions = [".srt", ".ass", ".ssa"];

    private static bool IsSidecarOfVideo(IndexSearcher searcher, string? key)
    {
        if (key is null || !SidecarExtensions.Any(e => key.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var collector = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Lucene.Net.Index.Term(SearchFields.Sidecar, key)), collector);
        return collector.TotalHits > 0;
    }
}
