using System.Globalization;
using AssetBank.Application.Collections;
using AssetBank.Application.Rights;
using AssetBank.Application.Searching;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>
/// <c>assetbank kickoff brief.yaml</c>: registers the brief (a new version when it changed), proposes candidates from
/// search for every line, and records the gate decision when the outcome is new. With a collection (素材篮), its assets
/// and shots are offered first on every line whose deliverable kind they fit.
/// </summary>
public sealed class KickoffProject(
    IReuseLedger ledger,
    IAssetReader assets,
    SearchAssets search,
    RateCardFile rateCard,
    DataFolderWriterLock writerLock,
    IOptions<ReuseOptions> options,
    CandidateRights rights,
    TimeProvider time,
    CollectionQueries collections)
{
    public async Task<KickoffReport> RunAsync(string briefPath, string? who, IProgress<string>? waiting, CancellationToken cancellationToken, string? fromCollection = null)
    {
        var card = await rateCard.LoadAsync(cancellationToken);
        var brief = await BriefReader.ReadAsync(briefPath, card, cancellationToken);
        return await RegisterAsync(brief, card, who, fromCollection, waiting, cancellationToken);
    }

    /// <summary>The same as <see cref="RunAsync"/> for a brief sent as text (YAML, or JSON when the name ends in .json).</summary>
    public async Task<KickoffReport> RunTextAsync(string name, string text, string? who, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var card = await rateCard.LoadAsync(cancellationToken);
        var brief = BriefReader.Price(BriefReader.Parse(name, text), card, name);
        return await RegisterAsync(brief, card, who, null, waiting, cancellationToken);
    }

    private async Task<KickoffReport> RegisterAsync(ProjectBrief brief, RateCard card, string? who, string? fromCollection, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var person = who ?? brief.Strategist ?? Environment.UserName;
        var collected = fromCollection is null ? null : await collections.ShowAsync(fromCollection, person, cancellationToken);
        var threshold = options.Value.GateThreshold;
        ProjectState state;
        IReadOnlyList<ReuseLedgerEntry> gate;
        await using (var session = await writerLock.AcquireAsync("kickoff", waiting, cancellationToken))
        {
            var at = time.GetUtcNow();
            state = await ledger.SaveBriefAsync(brief, person, at, previous => CheckRevision(previous, brief), cancellationToken);
            gate = await ledger.AppendAsync(brief.Code, current => GateLedger.WithGateDecision(current, [], threshold, person, at), cancellationToken);
            state = await ledger.GetProjectAsync(brief.Code, cancellationToken) ?? state;
        }

        return await ReportAsync(state, card, GateLedger.Describe(gate), collected, cancellationToken);
    }

    /// <summary>The report of a registered project, without writing anything.</summary>
    public async Task<KickoffReport> ShowAsync(string code, CancellationToken cancellationToken)
    {
        var state = await ledger.GetProjectAsync(code, cancellationToken)
            ?? throw new RequestRejectedException($"项目 {code}", "is not registered; run `assetbank kickoff BRIEF` first");
        return await ReportAsync(state, await rateCard.LoadAsync(cancellationToken), null, null, cancellationToken);
    }

    private static void CheckRevision(ProjectState? previous, ProjectBrief brief)
    {
        var orphaned = previous?.ActiveLinks.Where(l => brief.FindLine(l.LineId) is null).Select(l => l.LineId).Distinct().ToList() ?? [];
        if (orphaned.Count > 0)
        {
            throw new RequestRejectedException($"brief {brief.Code}", $"drops line(s) {string.Join(", ", orphaned)} that have confirmed reuse; withdraw those confirmations first");
        }
    }

    private async Task<KickoffReport> ReportAsync(ProjectState state, RateCard card, string? gateChange, CollectionState? collected, CancellationToken cancellationToken)
    {
        var threshold = options.Value.GateThreshold;
        var lines = new List<LineProposal>();
        string? note = null;
        foreach (var line in state.Brief.Lines)
        {
            var entry = card.Find(line.Kind);
            var links = state.ActiveLinks.Where(l => string.Equals(l.LineId, line.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            var (searched, lag) = await CandidatesAsync(state.Brief, line, entry, links, cancellationToken);
            var fromCollection = collected is null ? [] : await CollectedAsync(collected, line, entry, links, cancellationToken);
            var candidates = fromCollection.Concat(searched.Where(c => !fromCollection.Any(f => f.AssetId == c.AssetId && f.ShotIndex == c.ShotIndex))).ToList();
            note ??= lag;
            var confirmed = links.Sum(l => l.Share);
            // A shot of a video that is itself proposed whole adds nothing the whole video does not already cover.
            // Candidates whose rights do not cover the brief need an override to be confirmed: they are not counted as potential.
            var usable = candidates.Where(c => c.RightsGaps.Count == 0).ToList();
            var whole = usable.Where(c => c.ShotIndex is null).Select(c => c.AssetId).ToHashSet();
            var potential = Math.Min(1m, confirmed + usable.Where(c => c.ShotIndex is null || !whole.Contains(c.AssetId)).Sum(c => c.ProposedShare));
            lines.Add(new LineProposal(line, entry?.Label ?? line.Kind, confirmed, links, candidates, potential));
        }

        var potentialRates = ReuseMath.Rates(state.Brief, l => lines.First(p => p.Line == l).PotentialShare);
        return new KickoffReport(state, lines, state.ConfirmedRates, potentialRates, threshold, state.Outcome(threshold), gateChange, note);
    }

    private async Task<(IReadOnlyList<ReuseCandidate> Candidates, string? Lag)> CandidatesAsync(
        ProjectBrief brief, DeliverableLine line, RateCardEntry? entry, IReadOnlyList<ReuseLink> links, CancellationToken cancellationToken)
    {
        var wanted = options.Value.CandidatesPerLine;
        var terms = string.Join(" ", brief.Target.Terms);
        // The description narrows; when it narrows to too little, the four-dimension target alone, then the industry
        // alone, still find material (shots are tagged one by one and rarely carry all four terms).
        var industry = brief.Target.Industry ?? brief.Industry ?? string.Empty;
        var texts = new[] { $"{terms} {line.Description}".Trim(), terms, industry }.Where(t => t.Length > 0).Distinct().ToList();
        var hits = new List<SearchHit>();
        string? lag = null;
        foreach (var text in texts)
        {
            var outcome = await search.SearchAsync(new SearchQuery
            {
                Text = text,
                Kinds = entry?.AssetKinds ?? [],
                PageSize = wanted * 4,
                IncludeFacets = false,
            }, cancellationToken);
            if (outcome.LaggingBy > 0)
            {
                lag = string.Create(CultureInfo.InvariantCulture, $"search index lags the catalog by {outcome.LaggingBy} changes");
            }

            hits.AddRange(outcome.Results.Hits.Where(h => !hits.Any(seen => seen.Id == h.Id)));
            if (hits.Count >= wanted * 2)
            {
                break;
            }
        }

        // Channels are a preference, not a filter: much of the archive was ingested without channel metadata.
        var channels = entry?.Channels ?? [];
        var result = new List<ReuseCandidate>();
        foreach (var hit in hits.OrderBy(h => channels.Count == 0 || channels.Contains(h.Channel ?? string.Empty, StringComparer.OrdinalIgnoreCase) ? 0 : 1))
        {
            if (result.Count >= wanted)
            {
                break;
            }

            if (links.Any(l => l.Confirmation.AssetId == hit.AssetId && l.Confirmation.ShotIndex == hit.ShotIndex)
                || await assets.FindByIdAsync(hit.AssetId, cancellationToken) is not { Status: AssetStatus.Processed } asset)
            {
                continue;
            }

            var share = await ProposedShareAsync(line, asset.Id, hit.StartSeconds, hit.EndSeconds, cancellationToken);
            result.Add(new ReuseCandidate(
                asset.Id,
                asset.Key,
                hit.ShotIndex,
                hit.StartSeconds,
                hit.EndSeconds,
                hit.TimeCode,
                hit.Title ?? asset.Metadata.Title,
                hit.GroupLabel,
                hit.Score,
                hit.MatchedDimensions.Select(d => $"{TagDimensions.ToChinese(d.Dimension)}:{d.Label}").ToList(),
                Words(hit.Snippet),
                Rights(asset),
                decimal.Round(share, 4))
            {
                RightsGaps = await rights.GapsAsync(asset.Id, hit.ShotIndex, brief, cancellationToken),
            });
        }

        return (result, lag);
    }

    /// <summary>The collection's assets and shots that fit the line's deliverable kind and are not confirmed on it yet.</summary>
    private async Task<List<ReuseCandidate>> CollectedAsync(CollectionState collected, DeliverableLine line, RateCardEntry? entry, IReadOnlyList<ReuseLink> links, CancellationToken cancellationToken)
    {
        var kinds = entry?.AssetKinds ?? [];
        var result = new List<ReuseCandidate>();
        foreach (var item in collected.Items)
        {
            if (item.AssetId is not { } id
                || links.Any(l => l.Confirmation.AssetId == id && l.Confirmation.ShotIndex == item.ShotIndex)
                || await assets.FindByIdAsync(id, cancellationToken) is not { Status: AssetStatus.Processed } asset
                || (kinds.Count > 0 && !kinds.Contains(AssetKindNames.ToWire(asset.Kind), StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            var share = await ProposedShareAsync(line, id, item.StartSeconds, item.EndSeconds, cancellationToken);
            result.Add(new ReuseCandidate(
                id,
                asset.Key,
                item.ShotIndex,
                item.StartSeconds,
                item.EndSeconds,
                TimeCodes.Range(item.StartSeconds, item.EndSeconds),
                asset.Metadata.Title,
                $"素材篮 {collected.Name}",
                0f,
                [],
                item.Note is { } note ? [note] : [],
                Rights(asset),
                decimal.Round(share, 4)));
        }

        return result;
    }

    /// <summary>How much of the line a range (or the whole asset when no range) would cover.</summary>
    private async Task<decimal> ProposedShareAsync(DeliverableLine line, long assetId, double? start, double? end, CancellationToken cancellationToken)
    {
        var duration = start is { } from && end is { } to
            ? to - from
            : line.Unit == RateUnit.Piece ? null : (await assets.GetDerivedAsync(assetId, cancellationToken)).Media?.Probe?.Duration?.TotalSeconds;
        return Math.Min(1m, ReuseMath.UnitsCovered(line.Unit, duration) / line.Quantity);
    }

    private static List<string> Words(SearchSnippet? snippet) =>
        snippet is null
            ? []
            : snippet.Highlights.Where(h => h.End <= snippet.Text.Length).Select(h => snippet.Text.Substring(h.Start, h.Length)).Distinct().ToList();

    /// <summary>Licence and provenance as far as the catalog knows; similarity alarms are not consulted here.</summary>
    internal static string Rights(Asset asset)
    {
        var parts = new List<string>
        {
            asset.Metadata.License is { } license ? $"授权 {license}" : "授权未登记 (licence not recorded)",
        };
        if (asset.Metadata.SourceLibrary is { } library)
        {
            parts.Add($"来源 {library}");
        }

        if (asset.Metadata.AiGenerated)
        {
            parts.Add("AI 生成");
        }

        return string.Join("，", parts);
    }
}
