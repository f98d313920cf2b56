namespace AssetBank.Core.Media;

/// <summary>One stream of a media file as ffprobe reports it.</summary>
/// <param name="Index">The stream's index in the container (ffmpeg's <c>0:N</c>).</param>
/// <param name="Codec">Short codec name, e.g. <c>h264</c>, <c>aac</c>, <c>subrip</c>; empty when ffprobe knows none.</param>
/// <param name="FrameRate">Frames per second from <c>avg_frame_rate</c>, or <c>r_frame_rate</c> when the average is unknown.</param>
/// <param name="Rotation">Clockwise degrees (0, 90, 180, 270) to turn the coded picture for display (display matrix or <c>rotate</c> tag).</param>
/// <param name="IsAttachedPicture">Cover art stored as a one-frame video stream (MP3, M4A); not a real video.</param>
public sealed record MediaStreamInfo(
    int Index,
    MediaStreamKind Kind,
    string Codec,
    int? Width = null,
    int? Height = null,
    double? FrameRate = null,
    int Rotation = 0,
    TimeSpan? Duration = null,
    long? FrameCount = null,
    string? PixelFormat = null,
    int? SampleRate = null,
    int? Channels = null,
    string? ChannelLayout = null,
    long? BitRate = null,
    string? Language = null,
    string? Title = null,
    bool IsDefault = false,
    bool IsAttachedPicture = false)
{
    /// <summary>Width as displayed, after <see cref="Rotation"/>.</summary>
    public int? DisplayWidth => Rotation is 90 or 270 ? Height : Width;

    /// <summary>Height as displayed, after <see cref="Rotation"/>.</summary>
    public int? DisplayHeight => Rotation is 90 or 270 ? Width : Height;
}
