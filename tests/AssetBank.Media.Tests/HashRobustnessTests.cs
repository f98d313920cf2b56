using AssetBank.Core.Media;
using AssetBank.Media.Images;
using AssetBank.Media.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Tests;

/// <summary>Perceptual hashes of lavfi stills against re-encoded, resized and brightened copies, and against unrelated stills.</summary>
[Collection(MediaTestGroup.Name)]
public sealed class HashRobustnessTests(SyntheticMedia media)
{
    public static readonly TheoryData<string, string, string> Sources = new()
    {
        { "mandelbrot", "mandelbrot=s=640x360:maxiter=300", "null" },
        { "testsrc2", "testsrc2=s=640x360:r=25", "select=eq(n\\,40)" },
        { "plasma", "nullsrc=s=640x360,format=rgb24", "geq=r='128+120*sin(X/40+Y/60)':g='128+120*sin(X/70)*cos(Y/50)':b='128+120*cos((X+Y)/90)'" },
        { "sierpinski", "sierpinski=s=640x360:seed=3:type=carpet", "null" },
        { "life", "life=s=160x90:mold=10:ratio=0.2:seed=7:life_color=#ffff00:r=25", "select=eq(n\\,30),scale=640:360:flags=neighbor" },
    };

    private readonly ImageAnalyzer _analyzer = new(Options.Create(new MediaOptions()));

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Hashes_survive_recompression_resizing_and_brightening_within_9_bits(string name, string source, string filter)
    {
        var original = await media.StillAsync(name, source, filter);
        var reference = Hash(original);
        string[] altered =
        [
            await media.AlteredAsync(name + "_half", original, "scale=iw/2:ih/2:flags=bicubic", 3),
            await media.AlteredAsync(name + "_thumb", original, "scale=160:90:flags=area", 3),
            await media.AlteredAsync(name + "_worst_jpeg", original, "null", 31),
            await media.AlteredAsync(name + "_bright", original, "eq=brightness=0.1", 3),
        ];

        foreach (var copy in altered)
        {
            var hashes = Hash(copy);
            Assert.True(reference.DHash.DistanceTo(hashes.DHash) <= 9, $"{Path.GetFileName(copy)}: dHash {reference.DHash.DistanceTo(hashes.DHash)} bits");
            Assert.True(reference.PHash.DistanceTo(hashes.PHash) <= 9, $"{Path.GetFileName(copy)}: pHash {reference.PHash.DistanceTo(hashes.PHash)} bits");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task A_centred_5_percent_crop_stays_closer_than_unrelated_pictures(string name, string source, string filter)
    {
        // Cropping shifts every cell of the hash grid, so fine synthetic patterns move more than 9 bits; still far below unrelated pictures.
        var original = await media.StillAsync(name, source, filter);
        var cropped = await media.AlteredAsync(name + "_crop5", original, "crop=iw*0.95:ih*0.95", 3);

        var distance = Hash(original).MaxDistanceTo(Hash(cropped));

        Assert.True(distance <= 14, $"{name}: {distance} bits");
    }

    [Fact]
    public async Task Unrelated_pictures_are_far_apart()
    {
        var hashes = new List<(string Name, ImageHashes Hashes)>();
        foreach (var row in Sources)
        {
            var (name, source, filter) = ((string)row[0], (string)row[1], (string)row[2]);
            hashes.Add((name, Hash(await media.StillAsync(name, source, filter))));
        }

        for (var i = 0; i < hashes.Count; i++)
        {
            for (var j = i + 1; j < hashes.Count; j++)
            {
                var distance = hashes[i].Hashes.MaxDistanceTo(hashes[j].Hashes);
                Assert.True(distance > 16, $"{hashes[i].Name} vs {hashes[j].Name}: {distance} bits");
            }
        }
    }

    private ImageHashes Hash(string path) => _analyzer.Analyze(path, Path.GetFileName(path)).Info.Hashes;
}
