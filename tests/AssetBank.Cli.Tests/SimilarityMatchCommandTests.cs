using System.Buffers.Binary;
using SkiaSharp;
using static AssetBank.Cli.Tests.TestScenes;

namespace AssetBank.Cli.Tests;

public sealed class SimilarityMatchCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "assetbank-similarity-" + Guid.NewGuid().ToString("N"));

    public SimilarityMatchCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "refs", "getty"));
        Directory.CreateDirectory(Path.Combine(_root, "queries", "campaign"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Refs(string name) => Path.Combine(_root, "refs", name);

    private string Queries(string name) => Path.Combine(_root, "queries", name);

    [Fact]
    public async Task Lists_altered_copies_with_relative_paths_and_exits_2_naming_the_files_it_could_not_compare()
    {
        using (var scene = Scene(11))
        using (var other = Scene(12))
        using (var small = Resize(scene, 420, 315))
        using (var mirrored = Mirror(other))
        using (var unrelated = Scene(13))
        {
            Save(scene, Refs("getty/scene,11.jpg"), SKEncodedImageFormat.Jpeg, 92);
            Save(other, Refs("other.png"), SKEncodedImageFormat.Png, 100);
            Save(Solid(200, 150), Refs("blank.png"), SKEncodedImageFormat.Png, 100);
            Save(small, Queries("campaign/copy.jpg"), SKEncodedImageFormat.Jpeg, 25);
            Save(mirrored, Queries("mirror.jpg"), SKEncodedImageFormat.Jpeg, 80);
            Save(unrelated, Queries("unrelated.jpg"), SKEncodedImageFormat.Jpeg, 80);
            Save(Solid(300, 200), Queries("white.png"), SKEncodedImageFormat.Png, 100);
            Save(Solid(20, 20), Queries("tiny.png"), SKEncodedImageFormat.Png, 100);
        }

        await File.WriteAllTextAsync(Refs("readme.txt"), "not a picture");
        await File.WriteAllBytesAsync(Queries("corrupt.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5]);
        await File.WriteAllBytesAsync(Queries("bomb.png"), PngHeader(60000, 60000));
        var csv = Path.Combine(_root, "matches.csv");

        var (exit, _, error) = await CliProcess.RunAsync(
            "similarity", "match", "--references", Path.Combine(_root, "refs"), "--queries", Path.Combine(_root, "queries"), "--out", csv);

        Assert.True(exit == 2, error);
        var lines = await File.ReadAllLinesAsync(csv);
        Assert.Equal("query_file,reference_file,similarity_percent", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var copy = Assert.Single(lines, l => l.StartsWith("campaign/copy.jpg,", StringComparison.Ordinal));
        Assert.StartsWith("campaign/copy.jpg,\"getty/scene,11.jpg\",", copy, StringComparison.Ordinal);
        var mirror = Assert.Single(rows, r => r[0] == "mirror.jpg");
        Assert.Equal("other.png", mirror[1]);
        Assert.Matches(@"^\d{1,3}\.\d$", mirror[2]);
        Assert.True(double.Parse(mirror[2], System.Globalization.CultureInfo.InvariantCulture) > 85);
        Assert.DoesNotContain(rows, r => r[0] is "unrelated.jpg" or "white.png");
        Assert.Contains("告警 2", error, StringComparison.Ordinal);
        foreach (var bad in new[] { "references/readme.txt", "queries/tiny.png", "queries/corrupt.jpg", "queries/bomb.png" })
        {
            Assert.Contains(bad, error, StringComparison.Ordinal);
        }

        Assert.Contains("too small", error, StringComparison.Ordinal);
        Assert.Contains("refused without decoding", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_0_with_only_a_header_when_nothing_is_similar_and_honours_the_threshold()
    {
        using (var a = Scene(21))
        using (var b = Scene(22))
        {
            Save(a, Refs("a.jpg"), SKEncodedImageFormat.Jpeg, 90);
            Save(b, Queries("b.jpg"), SKEncodedImageFormat.Jpeg, 90);
        }

        var csv = Path.Combine(_root, "none.csv");
        var (exit, _, error) = await CliProcess.RunAsync(
            "similarity", "match", "--references", Path.Combine(_root, "refs"), "--queries", Path.Combine(_root, "queries"), "--out", csv, "--threshold", "90");

        Assert.True(exit == 0, error);
        Assert.Equal(["query_file,reference_file,similarity_percent"], await File.ReadAllLinesAsync(csv));
        Assert.Contains("(> 90 %)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_1_on_a_missing_folder_or_a_threshold_outside_0_to_100()
    {
        var missing = await CliProcess.RunAsync(
            "similarity", "match", "--references", Path.Combine(_root, "nope"), "--queries", Path.Combine(_root, "queries"), "--out", Path.Combine(_root, "x.csv"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope", missing.Error, StringComparison.Ordinal);

        var threshold = await CliProcess.RunAsync(
            "similarity", "match", "--references", Path.Combine(_root, "refs"), "--queries", Path.Combine(_root, "queries"), "--out", Path.Combine(_root, "x.csv"), "--threshold", "150");
        Assert.Equal(1, threshold.ExitCode);

        var usage = await CliProcess.RunAsync("similarity", "match", "--queries", Path.Combine(_root, "queries"));
        Assert.Equal(1, usage.ExitCode);
    }

    /// <summary>A PNG that declares a huge size in its header and holds nothing else.</summary>
    private static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[8 + 25];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 6;
        return bytes;
    }
}
