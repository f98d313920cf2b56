using AssetBank.Media.Images;
using AssetBank.Media.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace AssetBank.Media.Tests;

[Collection(MediaTestGroup.Name)]
public sealed class LargeImageTests(SyntheticMedia media)
{
    [Fact]
    public async Task A_20_megapixel_png_is_decoded_off_the_managed_heap_and_hashes_like_its_small_copy()
    {
        var big = await media.StillAsync("big_5000x4000", "testsrc2=s=5000x4000:r=1", "null");
        var small = await media.AlteredAsync("big_small", big, "scale=500:400:flags=area", 2);
        var analyzer = new ImageAnalyzer(Options.Create(new MediaOptions()));
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var large = analyzer.Analyze(big, "print/big.png");

        // 80 MB of pixels live in native memory for the moment of the decode, not on the managed heap.
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.True(allocated < 40_000_000, $"allocated {allocated:N0} bytes");
        Assert.Equal((5000, 4000), (large.Info.Width, large.Info.Height));
        var distance = large.Info.Hashes.MaxDistanceTo(analyzer.Analyze(small, "print/small.jpg").Info.Hashes);
        Assert.True(distance <= 9, $"distance {distance}");
    }
}
