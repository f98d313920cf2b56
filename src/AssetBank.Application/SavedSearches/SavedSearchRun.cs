using AssetBank.Application.Searching;
using AssetBank.Core.SavedSearches;

namespace AssetBank.Application.SavedSearches;

/// <summary>One run of a saved search: the results, which hits are new since <paramref name="Since"/>, and whether the run was recorded.</summary>
/// <param name="Since">The previous run, or when the search was saved for its first run.</param>
/// <param name="NewHitIds">Ids of hits whose asset entered the bank after <paramref name="Since"/>.</param>
/// <param name="Recorded">False when another process was writing, so this run's time was not kept (the next run shows the same new items again).</param>
public sealed record SavedSearchRun(SavedSearch Search, SearchOutcome Outcome, DateTimeOffset Since, IReadOnlySet<string> NewHitIds, bool Recorded);
