using AssetBank.Application.Ingesting;
using AssetBank.Application.Writing;
using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>
/// Records usage terms on an asset or a shot, with who and when and the terms before and after; search sees the
/// change at once. Refused on deleted and failed assets and on shots the asset does not have.
/// </summary>
public sealed class SetRights(DataFolderWriterLock writerLock, RightsTargets targets, IRightsStore store, CatalogCommitFeed feed, TimeProvider time)
{
    public Task<RightsChange> SetAsync(SetRightsRequest request, IProgress<string>? waiting, CancellationToken cancellationToken) =>
        SetAsync(request, field => "--" + field.Replace('_', '-'), waiting, cancellationToken);

    /// <param name="fieldName">How a rejected field is named to the person: the CLI's option, the web form's label.</param>
    public async Task<RightsChange> SetAsync(SetRightsRequest request, Func<string, string> fieldName, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Who))
        {
            throw new RequestRejectedException("--who", "修改人不能为空 (say who records the rights)");
        }

        if ((request.Terms with { Shot = null }).IsEmpty)
        {
            throw new RequestRejectedException(request.Key, "没有给出任何条款 (give at least one term: --holder, --licence-type, --media, --territory, --start, --end …)");
        }

        var grant = Check(request.Terms, fieldName);
        await using var session = await writerLock.AcquireAsync("rights set", waiting, cancellationToken);
        var asset = await targets.RequireAsync(request.Key, cancellationToken);
        var change = await ApplyAsync(asset, grant, request.Add, request.Who.Trim(), "set", cancellationToken);
        await feed.PublishAsync(cancellationToken);
        return change;
    }

    /// <summary>Checks written terms; every bad field is named in one rejection.</summary>
    /// <param name="terms">The terms as written.</param>
    /// <param name="optionName">The option a field was given with, for the message.</param>
    public static RightsGrant Check(RightsGrantText terms, Func<string, string> optionName)
    {
        ArgumentNullException.ThrowIfNull(optionName);
        var problems = new List<RightsProblem>();
        var grant = RightsGrantReader.Read(terms, "rights", problems);
        return grant ?? throw new RequestRejectedException(
            string.Join(", ", problems.Select(p => optionName(p.Field)).Distinct()),
            string.Join("; ", problems.Select(p => p.Problem)));
    }

    /// <summary>Writes the grant inside a writer session the caller holds (upload holds one already).</summary>
    internal async Task<RightsChange> ApplyAsync(Asset asset, RightsGrant grant, bool add, string who, string source, CancellationToken cancellationToken)
    {
        if (grant.ShotIndex is { } shot && await targets.ShotProblemAsync(asset, shot, cancellationToken) is { } problem)
        {
            throw new RequestRejectedException("--shot", problem);
        }

        var before = await store.GetAsync(asset.Id, cancellationToken) ?? RightsTargets.Empty(asset);
        var kept = add ? before.Grants : before.Grants.Where(g => g.ShotIndex != grant.ShotIndex);
        var after = before with { Grants = [.. kept, grant] };
        var warnings = RightsConflicts.Find(after.Grants.Select((g, i) => ($"terms {i + 1}", g)).ToList());
        await store.SaveAsync([after], who, time.GetUtcNow(), source, cancellationToken);
        return new RightsChange(before, after, warnings);
    }
}
