namespace AssetBank.HostileCorpus;

/// <summary>What running one file through detection and its extractor or image analyzer came to.</summary>
/// <param name="Outcome"><c>failed</c> or <c>processed</c>.</param>
/// <param name="Kind">The detected kind (<c>Copy</c>, <c>KolList</c>, <c>Image</c>, …), or null when detection refused it.</param>
/// <param name="Reason">The refusal, for a failure.</param>
/// <param name="Warnings">The warnings, for a processed file.</param>
/// <param name="Text">The extracted text (first characters), for checks such as "no /etc/passwd in it".</param>
public sealed record CaseOutcome(string Outcome, string? Kind, string? Reason, IReadOnlyList<string> Warnings, string Text);
