using System.Globalization;
using AssetBank.Application.Rights;
using AssetBank.Application.Searching;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>
/// <c>assetbank kickoff brief.yaml</c>: registers the brief (a new version when it changed), proposes candidates from
/// search for every line, and records the gate decision when the outcome is new.
/// </summary>
public sealed class KickoffProject(
    IReuseLedger ledger,
    IAssetReader assets,
    SearchAssets search,
    RateCardFile rateCard,
    DataFolderWriterLock writerLock,
    IOptions<ReuseOptions> options,
    CandidateRights rights,
    TimeProvider time)
{
    public async Task<KickoffReport> RunAsync(string briefPath, string? who, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        var card = await rateCard.LoadAsync(cancellationToken);
        var brief = await BriefReader.ReadAsync(briefPath, card, cancellationToken);
        var person = who ?? brief.Strategist ?? Environment.UserName;
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

        return await ReportAsync(state, card, GateLedger.Describe(gate), cancellationToken);
    }

    /// <summary>The report of a registered project, without writing anything.</summary>
    public async Task<KickoffReport> ShowAsync(string code, CancellationToken cancellationToken)
    {
        var state = await ledger.GetProjectAsync(code, cancellationToken)
            ?? throw new RequestRejectedException($"项目 {code}", "is not registered; run `assetbank kickoff BRIEF` first");
        return await ReportAsync(state, await rateCard.LoadAsync(cancellationToken), null, cancellationToken);
    }

    private static void CheckRevision(ProjectState? previous, ProjectBrief brief)
    {
        var orphaned = previous?.ActiveLinks.Where(l => brief.FindLine(l.LineId) is null).Select(l => l.LineId).Distinct().ToList() ?? [];
        if (orphaned.Count > 0)
        {
            throw new RequestRejectedException($"brief {brief.Code}", $"drops line(s) {string.Join(", ", orphaned)} that have confirmed reuse; withdraw those confirmations first");
        }
    }

    private async Task<KickoffReport> ReportAsync(ProjectState state, RateCard card, string? gateChange, CancellationToken cancellationToken)
    {
        var threshold = options.Value.GateThreshold;
        var lines = new List<LineProposal>();
        string? note = null;
        foreach (var line in state.Brief.Lines)
        {
            var entry = card.Find(line.Kind);
            var links = state.ActiveLinks.Where(l => string.Equals(l.LineId, line.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            var (candidates, lag) = await CandidatesAsync(state.Brief, line, entry, links, cancellationToken);
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

            var duration = hit.StartSeconds is { } start && hit.EndSeconds is { } end
                ? end - start
                : line.Unit == RateUnit.Piece ? null : (await assets.GetDerivedAsync(asset.Id, cancellationToken)).Media?.Probe?.Duration?.TotalSeconds;
            var share = Math.Min(1m, ReuseMath.UnitsCovered(line.Unit, duration) / line.Quantity);
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
