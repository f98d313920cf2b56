namespace AssetBank.SampleLibrary.Generators;

/// <summary>A Xiaohongshu note as a listening-tool export writes it.</summary>
internal sealed record XhsNote(
    string Id,
    string Title,
    string Body,
    int Likes,
    int Collects,
    int Comments,
    string Author,
    IReadOnlyList<string> Images,
    string PublishedAt);
