namespace AssetBank.Media.Subtitles;

/// <summary>Picks the parser for a subtitle file by its content (ASS has a <c>[Script Info]</c> or <c>[Events]</c> section), falling back to its extension.</summary>
public static class SubtitleReader
{
    public static IReadOnlyList<SubtitleCue> Read(ReadOnlySpan<byte> content, string? fileName = null)
    {
        var text = SubtitleText.Decode(content);
        var looksAss = text.Contains("[Events]", StringComparison.OrdinalIgnoreCase) ||
                       text.Contains("[Script Info]", StringComparison.OrdinalIgnoreCase) ||
                       (fileName is not null && (fileName.EndsWith(".ass", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".ssa", StringComparison.OrdinalIgnoreCase)));
        return looksAss ? AssParser.Parse(text) : SrtParser.Parse(text);
    }
}
