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

    [Fact]
    public async Task Names_video_keyframes_by_time_keeps_the_best_keyframe_per_reference_video_and_exits_2_naming_a_broken_video()
    {
        var stills = Path.Combine(_root, "stills");
        using (var scene = Scene(31))
        using (var wide = Resize(scene, 640, 360))
        {
            Save(wide, Refs("still.jpg"), SKEncodedImageFormat.Jpeg, 92);
        }

        // The reference video: two 2 s shots (00:00 scene 41, 00:02 scene 42).
        await TestVideos.MakeAsync(Refs("getty/tvc.mp4"), stills, [(41, 2.0), (42, 2.0)], "scale=320:180", 23);
        // A spot whose second shot (00:01.5–00:03.5) is the reference picture.
        await TestVideos.MakeAsync(Queries("campaign/spot.mp4"), stills, [(43, 1.5), (31, 2.0)], "scale=320:180", 28);
        // The reference video re-encoded brighter and harder compressed.
        await TestVideos.MakeAsync(Queries("reencode.mp4"), stills, [(41, 2.0), (42, 2.0)], "eq=brightness=0.05,scale=320:180", 32);
        await TestVideos.MakeAsync(Queries("unrelated.mp4"), stills, [(51, 1.5), (52, 1.5)], "scale=320:180", 26);
        await File.WriteAllBytesAsync(Queries("broken.mp4"), [0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 1, 2, 3, 4, 5]);
        var csv = Path.Combine(_root, "videos.csv");

        var (exit, _, error) = await CliProcess.RunAsync(
            "similarity", "match", "--references", Path.Combine(_root, "refs"), "--queries", Path.Combine(_root, "queries"), "--out", csv);

        Assert.True(exit == 2, error);
        Assert.Matches(@"queries/broken\.mp4: \S", error);
        var rows = (await File.ReadAllLinesAsync(csv)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Matches(@"^\d{1,3}\.\d$", r[2]));
        var reused = rows.Where(r => r[0].StartsWith("campaign/spot.mp4@", StringComparison.Ordinal) && r[1] == "still.jpg").ToList();
        Assert.NotEmpty(reused);
        Assert.All(reused, r =>
        {
            Assert.Matches(@"@\d\d:\d\d\.\d$", r[0]);
            Assert.InRange(Seconds(r[0]), 1.5, 3.5);
            Assert.True(Percent(r) >= 85, string.Join(',', r));
        });

        var reencoded = rows.Where(r => r[0].StartsWith("reencode.mp4@", StringComparison.Ordinal) && r[1].StartsWith("getty/tvc.mp4@", StringComparison.Ordinal)).ToList();
        Assert.True(reencoded.Count >= 2, error);
        // Only the best keyframe of the reference video per query keyframe, and it is the same shot.
        Assert.Equal(reencoded.Count, reencoded.Select(r => r[0]).Distinct().Count());
        Assert.All(reencoded, r =>
        {
            Assert.True(Percent(r) >= 85, string.Join(',', r));
            Assert.Equal(Seconds(r[0]) < 2, Seconds(r[1]) < 2);
        });

        Assert.DoesNotContain("unrelated", error, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r[0].StartsWith("unrelated.mp4", StringComparison.Ordinal) && Percent(r) > 85);
    }

    private static double Percent(string[] row) => double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The time of a keyframe named <c>path@mm:ss.t</c>.</summary>
    private static double Seconds(string keyframe)
    {
        var time = keyframe[(keyframe.LastIndexOf('@') + 1)..].Split(':');
        return (int.Parse(time[0], System.Globalization.CultureInfo.InvariantCulture) * 60) + double.Parse(time[1], System.Globalization.CultureInfo.InvariantCulture);
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
