namespace AssetBank.SampleLibrary.Generation;

/// <summary>The numbers behind <see cref="LibrarySize"/>.</summary>
internal sealed record SizeProfile(
    string Name,
    int VideoWidth,
    int VideoHeight,
    int ShotFramesMin,
    int ShotFramesMax,
    int CaptionFontSize,
    int Crf,
    int ImageWidth,
    int ImageHeight,
    int AudioSeconds,
    int CommentsPerExport)
{
    public const int FrameRate = 25;

    /// <summary>Frames of the one-second crossfade.</summary>
    public const int CrossfadeFrames = FrameRate;

    public static SizeProfile For(LibrarySize size) => size switch
    {
        LibrarySize.Small => new SizeProfile("small", 426, 240, 50, 80, 18, 28, 640, 360, 8, 40),
        LibrarySize.Large => new SizeProfile("large", 1280, 720, 100, 150, 44, 23, 1280, 720, 30, 300),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Unknown library size."),
    };
}
