namespace AssetBank.Benchmarks.Search;

/// <summary>
/// One advertising theme: its taxonomy labels per dimension and the phrases its subtitles, notes and comments are
/// composed from. Labels must exist in the default taxonomy (checked at start).
/// </summary>
internal sealed record Theme(
    string[] Industries,
    string[] Scenarios,
    string[] Emotions,
    string[] Relationships,
    string[] Subjects,
    string[] Actions,
    string[] Details,
    string[] Titles,
    string[] Clients,
    string[] FreeWords);
