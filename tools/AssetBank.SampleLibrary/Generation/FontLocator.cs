namespace AssetBank.SampleLibrary.Generation;

/// <summary>Finds a font that has Chinese glyphs for drawtext captions.</summary>
internal static class FontLocator
{
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    public static string Resolve(string? configured)
    {
        if (configured is not null)
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new FileNotFoundException($"The caption font '{configured}' does not exist.", configured);
        }

        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                "No CJK font found for Chinese captions (looked for Noto Sans CJK and WenQuanYi). " +
                "Install one (apt-get install -y fonts-noto-cjk) or pass --font PATH.");
    }
}
