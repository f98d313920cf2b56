using System.Globalization;
using System.Text.Json;
using AssetBank.Core.Media;

namespace AssetBank.Media.Probing;

/// <summary>Turns <c>ffprobe -print_format json -show_format -show_streams</c> output into a <see cref="MediaProbe"/>.</summary>
/// <remarks>
/// ffprobe writes most numbers as strings and leaves out what it does not know; every field here is optional except
/// the container name. Rotation comes from the display matrix side data (counter-clockwise degrees) or, in older
/// files, the <c>rotate</c> tag (clockwise degrees), and is reported clockwise.
/// </remarks>
public static class FfprobeJsonParser
{
    /// <exception cref="FormatException">The text is not ffprobe JSON with a <c>format</c> section.</exception>
    public static MediaProbe Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            throw new FormatException("ffprobe output is not valid JSON.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("ffprobe output has no 'format' section.");
            }

            var streams = new List<MediaStreamInfo>();
            if (root.TryGetProperty("streams", out var streamArray) && streamArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var stream in streamArray.EnumerateArray())
                {
                    if (stream.ValueKind == JsonValueKind.Object)
                    {
                        streams.Add(ParseStream(stream, streams.Count));
                    }
                }
            }

            var formatTags = ReadTags(format);
            var creation = ParseCreationTime(formatTags);
            if (creation is null && root.TryGetProperty("streams", out streamArray) && streamArray.ValueKind == JsonValueKind.Array)
            {
                creation = streamArray.EnumerateArray()
                    .Where(s => s.ValueKind == JsonValueKind.Object)
                    .Select(s => ParseCreationTime(ReadTags(s)))
                    .FirstOrDefault(t => t is not null);
            }

            return new MediaProbe(
                Container: GetString(format, "format_name") ?? string.Empty,
                ContainerLongName: GetString(format, "format_long_name"),
                Duration: ParseSeconds(GetString(format, "duration")),
                BitRate: GetLong(format, "bit_rate"),
                CreationTime: creation,
                Streams: streams,
                Tags: formatTags);
        }
    }

    /// <summary>Parses an ffmpeg rational such as <c>30000/1001</c> or <c>25</c>; null for <c>0/0</c> and nonsense.</summary>
    public static double? ParseRational(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain) && plain > 0 && double.IsFinite(plain)
                ? plain
                : null;
        }

        if (double.TryParse(text.AsSpan(0, slash), NumberStyles.Float, CultureInfo.InvariantCulture, out var num) &&
            double.TryParse(text.AsSpan(slash + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var den) &&
            num > 0 && den > 0)
        {
            var value = num / den;
            return double.IsFinite(value) ? value : null;
        }

        return null;
    }

    /// <summary>Normalises any angle to the nearest of 0, 90, 180, 270.</summary>
    public static int NormalizeRotation(double degrees)
    {
        if (!double.IsFinite(degrees))
        {
            return 0;
        }

        var quarter = (int)Math.Round(degrees / 90.0, MidpointRounding.AwayFromZero);
        return ((quarter % 4) + 4) % 4 * 90;
    }

    private static MediaStreamInfo ParseStream(JsonElement stream, int position)
    {
        var tags = ReadTags(stream);
        var kind = GetString(stream, "codec_type") switch
        {
            "video" => MediaStreamKind.Video,
            "audio" => MediaStreamKind.Audio,
            "subtitle" => MediaStreamKind.Subtitle,
            "data" => MediaStreamKind.Data,
            "attachment" => MediaStreamKind.Attachment,
            _ => MediaStreamKind.Unknown,
        };

        var disposition = stream.TryGetProperty("disposition", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        bool Flag(string name) => disposition.ValueKind == JsonValueKind.Object && GetLong(disposition, name) == 1;

        double? frameRate = null;
        if (kind == MediaStreamKind.Video)
        {
            // The average rate is what a viewer sees; r_frame_rate can be a timebase-sized number for variable-rate phone video.
            frameRate = Plausible(ParseRational(GetString(stream, "avg_frame_rate"))) ?? Plausible(ParseRational(GetString(stream, "r_frame_rate")));
        }

        var duration = ParseSeconds(GetString(stream, "duration"));
        if (duration is null && tags.TryGetValue("duration", out var tagDuration) &&
            TimeSpan.TryParse(TrimFraction(tagDuration), CultureInfo.InvariantCulture, out var parsed) && parsed > TimeSpan.Zero)
        {
            duration = parsed;
        }

        return new MediaStreamInfo(
            Index: GetInt(stream, "index") ?? position,
            Kind: kind,
            Codec: GetString(stream, "codec_name") ?? string.Empty,
            Width: GetInt(stream, "width"),
            Height: GetInt(stream, "height"),
            FrameRate: frameRate,
            Rotation: kind == MediaStreamKind.Video ? ReadRotation(stream, tags) : 0,
            Duration: duration,
            FrameCount: GetLong(stream, "nb_frames"),
            PixelFormat: GetString(stream, "pix_fmt"),
            SampleRate: GetInt(stream, "sample_rate"),
            Channels: GetInt(stream, "channels"),
            ChannelLayout: GetString(stream, "channel_layout"),
            BitRate: GetLong(stream, "bit_rate"),
            Language: tags.TryGetValue("language", out var language) && language != "und" ? language : null,
            Title: tags.GetValueOrDefault("title"),
            IsDefault: Flag("default"),
            IsAttachedPicture: Flag("attached_pic"));
    }

    private static double? Plausible(double? fps) => fps is > 0 and <= 1000 ? fps : null;

    private static int ReadRotation(JsonElement stream, Dictionary<string, string> tags)
    {
        if (stream.TryGetProperty("side_data_list", out var sideData) && sideData.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in sideData.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("rotation", out var rotation) &&
                    TryGetDouble(rotation, out var ccw))
                {
                    // The display matrix angle is counter-clockwise.
                    return NormalizeRotation(-ccw);
                }
            }
        }

        if (tags.TryGetValue("rotate", out var rotate) &&
            double.TryParse(rotate, NumberStyles.Float, CultureInfo.InvariantCulture, out var cw))
        {
            return NormalizeRotation(cw);
        }

        return 0;
    }

    private static DateTimeOffset? ParseCreationTime(Dictionary<string, string> tags)
    {
        if (!tags.TryGetValue("creation_time", out var text) && !tags.TryGetValue("com.apple.quicktime.creationdate", out text))
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return null;
        }

        // Cameras without a clock write 1904-01-01 or 1970-01-01 (the MP4 and Unix epochs): no information.
        return value.Year <= 1970 ? null : value;
    }

    private static Dictionary<string, string> ReadTags(JsonElement element)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (element.TryGetProperty("tags", out var tagObject) && tagObject.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in tagObject.EnumerateObject())
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
                if (value is not null)
                {
                    tags[property.Name.ToLowerInvariant()] = value;
                }
            }
        }

        return tags;
    }

    private static TimeSpan? ParseSeconds(string? text)
    {
        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ||
            !double.IsFinite(seconds) || seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            return null;
        }

        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>Matroska's DURATION tag has nanoseconds (<c>00:00:03.023000000</c>); TimeSpan takes at most 7 fraction digits.</summary>
    private static string TrimFraction(string text)
    {
        var dot = text.LastIndexOf('.');
        return dot >= 0 && text.Length - dot - 1 > 7 ? text[..(dot + 8)] : text;
    }

    private static string? GetString(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static long? GetLong(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String &&
            long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        return null;
    }

    private static int? GetInt(JsonElement element, string name) =>
        GetLong(element, name) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    private static bool TryGetDouble(JsonElement value, out double result)
    {
        result = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out result),
            JsonValueKind.String => double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out result),
            _ => false,
        };
    }
}
