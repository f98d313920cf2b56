using System.Text.Json.Serialization;

namespace AssetBank.Core.Media;

/// <summary>What ffprobe says about a media file: container, duration, streams, creation time.</summary>
/// <param name="Container">ffprobe's <c>format_name</c>, e.g. <c>mov,mp4,m4a,3gp,3g2,mj2</c>.</param>
/// <param name="CreationTime">The container's (or else the first stream's) <c>creation_time</c> tag, when present and valid.</param>
/// <param name="Tags">Container tags (title, encoder, …), keys lower-cased.</param>
/// <remarks>The stream shortcuts are computed, so they stay out of JSON.</remarks>
public sealed record MediaProbe(
    string Container,
    string? ContainerLongName,
    TimeSpan? Duration,
    long? BitRate,
    DateTimeOffset? CreationTime,
    IReadOnlyList<MediaStreamInfo> Streams,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The main video stream: the first default real video stream, else the first real one; cover art is not video.</summary>
    [JsonIgnore]
    public MediaStreamInfo? PrimaryVideo => Pick(MediaStreamKind.Video);

    /// <summary>The main audio stream: the first default audio stream, else the first one.</summary>
    [JsonIgnore]
    public MediaStreamInfo? PrimaryAudio => Pick(MediaStreamKind.Audio);

    [JsonIgnore]
    public IEnumerable<MediaStreamInfo> SubtitleStreams => Streams.Where(s => s.Kind == MediaStreamKind.Subtitle);

    private MediaStreamInfo? Pick(MediaStreamKind kind)
    {
        MediaStreamInfo? first = null;
        foreach (var stream in Streams)
        {
            if (stream.Kind != kind || stream.IsAttachedPicture)
            {
                continue;
            }

            if (stream.IsDefault)
            {
                return stream;
            }

            first ??= stream;
        }

        return first;
    }
}
