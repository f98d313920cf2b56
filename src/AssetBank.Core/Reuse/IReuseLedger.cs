namespace AssetBank.Core.Reuse;

/// <summary>
/// Projects and their append-only reuse ledger, for the reuse use cases. Entries are never updated or deleted; a
/// correction is a new entry.
/// </summary>
/// <remarks>
/// <see cref="AppendAsync"/> runs <c>decide</c> on the project's state read inside the same write transaction that
/// appends its entries, so a check made there (a line's shares stay within 100 %) holds even when two people, or two
/// processes, confirm the same line at once.
/// </remarks>
public interface IReuseLedger
{
    /// <summary>Registers a brief, or stores a new version when it differs from the latest; appends a <see cref="ReuseLedgerAction.BriefSaved"/> entry then.</summary>
    /// <param name="brief">The validated, priced brief.</param>
    /// <param name="who">Who registered it.</param>
    /// <param name="at">When.</param>
    /// <param name="check">Runs on the previous state (null for a new project) before anything is written; throws to refuse.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    Task<ProjectState> SaveBriefAsync(ProjectBrief brief, string who, DateTimeOffset at, Action<ProjectState?> check, CancellationToken cancellationToken);

    Task<ProjectState?> GetProjectAsync(string code, CancellationToken cancellationToken);

    /// <summary>Appends what <paramref name="decide"/> returns for the current state, atomically; returns the entries with their ids.</summary>
    Task<IReadOnlyList<ReuseLedgerEntry>> AppendAsync(string code, Func<ProjectState, IReadOnlyList<ReuseLedgerEntry>> decide, CancellationToken cancellationToken);

    /// <summary>Every project with its ledger, for reports.</summary>
    IAsyncEnumerable<ProjectState> ListProjectsAsync(CancellationToken cancellationToken);
}
