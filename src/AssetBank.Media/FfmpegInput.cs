namespace AssetBank.Media;

/// <summary>
/// How every ffmpeg/ffprobe invocation opens an untrusted file: local files only (no network or other protocols
/// reached through a playlist) and only the container demuxers on <see cref="MediaOptions.AllowedContainers"/>,
/// so a "video" that is really an HLS or concat playlist cannot make ffmpeg read other files or URLs.
/// </summary>
public static class FfmpegInput
{
    public static IReadOnlyList<string> Arguments(string path, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            "-protocol_whitelist", "file",
            "-format_whitelist", options.AllowedContainers,
            "-i", "file:" + Path.GetFullPath(path),
        ];
    }
}
