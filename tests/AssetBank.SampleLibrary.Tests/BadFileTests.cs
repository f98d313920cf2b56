using System.Buffers.Binary;
using System.Text;
using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Tests;

[Collection(SampleLibraryGroup.Name)]
public sealed class BadFileTests(SampleLibraryFixture library)
{
    private ManifestEntry Bad(string problem, string format) =>
        library.OfKind(SampleKind.Bad).First(e => e.Bad!.Problem == problem && e.Format == format);

    [Fact]
    public void Every_bad_file_names_its_problem_and_claimed_kind()
    {
        var problems = library.OfKind(SampleKind.Bad).Select(e => e.Bad!.Problem).ToHashSet();
        Assert.Superset(new HashSet<string> { "empty", "truncated", "not-decodable", "oversized-dimensions", "missing-column" }, problems);
        Assert.Subset(new HashSet<string> { "empty", "truncated", "not-decodable", "oversized-dimensions", "missing-column" }, problems);
        Assert.All(library.OfKind(SampleKind.Bad), e => Assert.False(string.IsNullOrWhiteSpace(e.Bad!.Detail)));
    }

    [Fact]
    public async Task Truncated_videos_are_thirty_percent_of_their_source_and_fail_as_described()
    {
        foreach (var entry in library.OfKind(SampleKind.Bad).Where(e => e.Bad!.Problem == "truncated"))
        {
            var source = new FileInfo(library.PathOf(entry.Bad!.DerivedFrom!));
            var cut = new FileInfo(library.PathOf(entry.Path));
            Assert.Equal((long)(source.Length * 0.30), cut.Length);
            var bytes = await File.ReadAllBytesAsync(cut.FullName);
            Assert.Equal(bytes, (await File.ReadAllBytesAsync(source.FullName))[..bytes.Length]);
        }

        var noIndex = await library.Runner.RunAsync("ffprobe", ["-v", "error", library.PathOf("bad/truncated_no_index.mp4")], CancellationToken.None);
        Assert.NotEqual(0, noIndex.ExitCode);
        Assert.Contains("moov atom not found", noIndex.StdErr, StringComparison.Ordinal);

        var withIndex = await library.Runner.RunAsync(
            "ffmpeg",
            ["-hide_banner", "-nostdin", "-v", "error", "-i", library.PathOf("bad/truncated_tvc.mp4"), "-f", "null", "-"],
            CancellationToken.None);
        Assert.False(string.IsNullOrWhiteSpace(withIndex.StdErr), "decoding a truncated file should report errors");
    }

    [Fact]
    public async Task The_random_jpg_is_not_an_image()
    {
        var entry = Bad("not-decodable", "jpeg");
        var bytes = await File.ReadAllBytesAsync(library.PathOf(entry.Path));
        Assert.False(bytes is [0xFF, 0xD8, ..]);
        // ffprobe trusts the extension and reports a 0x0 mjpeg stream; decoding is what fails.
        var decode = await library.Runner.RunAsync(
            "ffmpeg", ["-hide_banner", "-nostdin", "-v", "error", "-i", library.PathOf(entry.Path), "-f", "null", "-"], CancellationToken.None);
        Assert.NotEqual(0, decode.ExitCode);
    }

    [Fact]
    public async Task The_png_header_claims_sixty_thousand_square_with_a_valid_signature()
    {
        var bytes = await File.ReadAllBytesAsync(library.PathOf(Bad("oversized-dimensions", "png").Path));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(60_000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(60_000, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        Assert.True(bytes.Length < 4096);
    }

    [Fact]
    public async Task The_bad_csv_lacks_the_follower_column_and_has_a_short_row()
    {
        var text = (await File.ReadAllTextAsync(library.PathOf(Bad("missing-column", "csv").Path))).TrimStart('\uFEFF');
        var rows = CsvReader.Parse(text);
        Assert.DoesNotContain("粉丝数", rows[0]);
        Assert.Contains("昵称", rows[0]);
        Assert.Contains(rows.Skip(1), r => r.Count < rows[0].Count);
    }
}
