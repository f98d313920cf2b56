using System.Text.Json;
using System.Text.Json.Serialization;
using AssetBank.Core.Assets;
using AssetBank.Core.Media;
using AssetBank.Media.Probing;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

/// <summary>The catalog stores <see cref="MediaAnalysis"/> as JSON: every record must survive the round trip.</summary>
public sealed class MediaAnalysisJsonTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [Fact]
    public void A_full_analysis_round_trips_through_json()
    {
        var probe = FfprobeJsonParser.Parse(FixtureFiles.Read("ffprobe_phone_rotated.json"));
        var hashes = new ImageHashes(new PerceptualHash(0xF0F0_0000_0000_0001), new PerceptualHash(ulong.MaxValue));
        var analysis = new MediaAnalysis
        {
            Kind = AssetKind.Video,
            ContentSha256 = new string('a', 64),
            Probe = probe,
            Shots =
            [
                new Shot(0, TimeSpan.Zero, TimeSpan.FromSeconds(2.04), TimeSpan.FromSeconds(1.02), "_derived/a/keyframes/0000.jpg", "_derived/a/thumbs/0000.webp", hashes, "新手爸爸\n夜醒"),
                new Shot(1, TimeSpan.FromSeconds(2.04), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(3), null, null, null, null, ShotTransition.Dissolve, 0.42),
            ],
            Image = new ImageInfo(180, 320, ImageOrientation.Rotate90, "jpeg", false, [new DominantColor(1, 2, 3, 0.5)], hashes, "_derived/a/thumb.webp"),
            Audio = new AudioInfo(1, TimeSpan.FromSeconds(4), "aac", 48000, 1, new LoudnessSummary(-23.1, 4.5, -1.2), new AudioFingerprint(TimeSpan.FromSeconds(4), [1u, uint.MaxValue])),
            ThumbnailKey = "_derived/a/thumbs/0000.webp",
            SubtitleSources = ["sidecar a.srt"],
            Warnings = ["w"],
        };

        var text = JsonSerializer.Serialize(analysis, Json);
        var back = JsonSerializer.Deserialize<MediaAnalysis>(text, Json)!;

        Assert.DoesNotContain("PrimaryVideo", text, StringComparison.Ordinal);
        Assert.Equal(analysis.Shots, back.Shots);
        Assert.Equal(analysis.Probe!.Streams, back.Probe!.Streams);
        Assert.Equal(analysis.Probe.CreationTime, back.Probe.CreationTime);
        Assert.Equal(270, back.Probe.PrimaryVideo!.Rotation);
        Assert.Equal(analysis.Image!.Hashes, back.Image!.Hashes);
        Assert.Equal(analysis.Image.DominantColors, back.Image.DominantColors);
        Assert.Equal(analysis.Audio!.Loudness, back.Audio!.Loudness);
        Assert.Equal(analysis.Audio.Fingerprint!.Values, back.Audio.Fingerprint!.Values);
        Assert.Equal(analysis.SubtitleSources, back.SubtitleSources);
    }
}
