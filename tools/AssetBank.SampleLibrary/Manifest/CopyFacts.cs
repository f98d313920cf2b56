namespace AssetBank.SampleLibrary.Manifest;

/// <summary>Ground truth for a copy document: its encoding and the exact text a text extractor should recover.</summary>
/// <param name="Encoding">The web name of the encoding (<c>utf-8</c>, <c>gb18030</c>).</param>
/// <param name="Bom">Whether the file starts with a byte order mark.</param>
public sealed record CopyFacts(
    string Encoding,
    bool Bom,
    string Title,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Slogans)
{
    /// <summary>Set on a document that lifts a passage from another copy document of the library (a planted duplicate).</summary>
    public LiftedPassageFacts? Lifted { get; init; }
}
