using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Tests;

[Collection(SampleLibraryGroup.Name)]
public sealed class ImageAndAudioTests(SampleLibraryFixture library)
{
    [Fact]
    public async Task Every_image_header_gives_the_size_the_manifest_gives()
    {
        foreach (var entry in library.OfKind(SampleKind.Image))
        {
            var (width, height) = ImageHeader.Size(await File.ReadAllBytesAsync(library.PathOf(entry.Path)));
            Assert.Equal((entry.Image!.Width, entry.Image.Height), (width, height));
        }
    }

    [Fact]
    public async Task Posters_and_one_copy_per_alteration_decode_with_ffprobe()
    {
        var images = library.OfKind(SampleKind.Image)
            .Where(e => e.Image!.Role != ImageRole.Altered && e.Image.Source == "poster")
            .Concat(library.OfKind(SampleKind.Image).Where(e => e.Image!.Role == ImageRole.Altered).DistinctBy(e => e.Image!.Alteration))
            .ToList();
        var probes = await Task.WhenAll(images.Select(async e =>
        {
            using var probe = await Probe.JsonAsync(library.Runner, library.PathOf(e.Path));
            var stream = Probe.Stream(probe, "video");
            return (Entry: e, Width: stream.GetProperty("width").GetInt32(), Height: stream.GetProperty("height").GetInt32(),
                Codec: stream.GetProperty("codec_name").GetString());
        }));
        foreach (var (entry, width, height, codec) in probes)
        {
            Assert.Equal(entry.Image!.Width, width);
            Assert.Equal(entry.Image.Height, height);
            Assert.Equal(entry.Format == "png" ? "png" : "mjpeg", codec);
        }
    }

    [Fact]
    public void Altered_images_point_at_originals_and_alterations_change_the_size_as_named()
    {
        var altered = library.OfKind(SampleKind.Image).Where(e => e.Image!.Role == ImageRole.Altered).ToList();
        Assert.Equal(7 * library.OfKind(SampleKind.Image).Count(e => e.Image!.Role == ImageRole.Original), altered.Count);
        foreach (var entry in altered)
        {
            var original = library.Manifest.Find(entry.Image!.OriginalPath!);
            Assert.Equal(ImageRole.Original, original?.Image?.Role);
            var (w, h) = (original!.Image!.Width, original.Image.Height);
            var (aw, ah) = (entry.Image.Width, entry.Image.Height);
            switch (entry.Image.Alteration)
            {
                case Alterations.Resize50:
                    Assert.Equal((w / 2, h / 2), (aw, ah));
                    break;
                case Alterations.Crop5Center:
                    Assert.InRange(aw, (int)(w * 0.94), (int)(w * 0.96));
                    Assert.InRange(ah, (int)(h * 0.94), (int)(h * 0.96));
                    break;
                case Alterations.Crop10Corner:
                    Assert.InRange(aw, (int)(w * 0.89), (int)(w * 0.91));
                    break;
                default:
                    Assert.Equal((w, h), (aw, ah));
                    break;
            }

            Assert.Contains(library.Manifest.Similarity.Duplicates, d => d.Original == original.Path && d.Copy == entry.Path);
        }
    }

    [Fact]
    public async Task Altered_copies_differ_from_their_original_in_bytes()
    {
        var pair = library.Manifest.Similarity.Duplicates.First(d => d.Alterations.Contains(Alterations.Mirror));
        var original = await File.ReadAllBytesAsync(library.PathOf(pair.Original));
        var copy = await File.ReadAllBytesAsync(library.PathOf(pair.Copy));
        Assert.NotEqual(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(original)), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(copy)));
    }

    [Fact]
    public async Task Audio_files_probe_to_the_manifest_duration_rate_and_channels()
    {
        foreach (var entry in library.OfKind(SampleKind.Audio))
        {
            using var probe = await Probe.JsonAsync(library.Runner, library.PathOf(entry.Path));
            var audio = entry.Audio!;
            // MP3 adds encoder delay and padding: up to a few hundredths of a second.
            Assert.InRange(Probe.Duration(probe), audio.DurationSeconds - 0.05, audio.DurationSeconds + 0.15);
            var stream = Probe.Stream(probe, "audio");
            Assert.Equal(audio.SampleRate.ToString(System.Globalization.CultureInfo.InvariantCulture), stream.GetProperty("sample_rate").GetString());
            Assert.Equal(audio.Channels, stream.GetProperty("channels").GetInt32());
            Assert.Equal(entry.Format, stream.GetProperty("codec_name").GetString() switch
            {
                "mp3" => "mp3",
                var codec when codec!.StartsWith("pcm_", StringComparison.Ordinal) => "wav",
                var codec => codec,
            });
        }

        Assert.Contains(library.Manifest.Similarity.Duplicates, d => d.Kind == SampleKind.Audio && d.Alterations.Contains(Alterations.TrimStart));
        Assert.Contains(library.Manifest.Similarity.Unrelated, d => d.Kind == SampleKind.Audio);
    }
}
