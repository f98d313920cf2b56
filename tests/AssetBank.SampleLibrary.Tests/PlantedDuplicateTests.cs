using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>The planted reused shot and copied slogan are what the manifest says they are.</summary>
[Collection(SampleLibraryGroup.Name)]
public sealed class PlantedDuplicateTests(SampleLibraryFixture library)
{
    private const double Frame = 1.0 / 25;

    [Fact]
    public async Task The_reused_shot_is_a_brightened_stretch_of_the_original_shot_at_the_times_the_manifest_gives()
    {
        var recut = Assert.Single(library.OfKind(SampleKind.Video), e => e.Video!.ReusedShot is not null);
        var reuse = recut.Video!.ReusedShot!;
        var original = library.Manifest.Find(reuse.OriginalPath)!.Video!.Shots[reuse.OriginalShotIndex];
        Assert.InRange(reuse.OriginalStart, original.Start, original.End);
        Assert.InRange(reuse.OriginalEnd, reuse.OriginalStart, original.End);
        Assert.Equal(reuse.OriginalEnd - reuse.OriginalStart, reuse.End - reuse.Start, 3);
        Assert.Equal((reuse.Start, reuse.End), (recut.Video.Shots[reuse.ShotIndex].Start, recut.Video.Shots[reuse.ShotIndex].End));
        Assert.Contains(library.Manifest.Similarity.Duplicates, d => d.Kind == SampleKind.Video && d.Original == reuse.OriginalPath && d.Copy == recut.Path);

        // Frame by frame the same picture, a constant step brighter: the luma difference barely moves along the shot.
        int[] offsets = [2, 20, 40];
        var copy = await Probe.MeanLumaAsync(library.Runner, library.PathOf(recut.Path), offsets.Select(o => (int)Math.Round(reuse.Start / Frame) + o));
        var source = await Probe.MeanLumaAsync(library.Runner, library.PathOf(reuse.OriginalPath), offsets.Select(o => (int)Math.Round(reuse.OriginalStart / Frame) + o));
        var steps = copy.Zip(source, (c, s) => c.Luma - s.Luma).ToList();
        Assert.Equal(offsets.Length, steps.Count);
        Assert.All(steps, d => Assert.InRange(d, 3, 40));
        Assert.True(steps.Max() - steps.Min() < 6, string.Join(", ", steps));
    }

    [Fact]
    public void The_copied_slogan_is_in_both_documents_and_nothing_else_of_the_original_is_in_the_copy()
    {
        var poster = Assert.Single(library.OfKind(SampleKind.Copy), e => e.Copy!.Lifted is not null);
        var lifted = poster.Copy!.Lifted!;
        var original = library.Manifest.Find(lifted.OriginalPath)!.Copy!;
        var posterText = Text(poster.Copy);
        var originalText = Text(original);
        Assert.Contains(lifted.Passage, posterText, StringComparison.Ordinal);
        Assert.Contains(lifted.Passage, originalText, StringComparison.Ordinal);
        Assert.Contains(library.Manifest.Similarity.Duplicates, d => d.Kind == SampleKind.Copy && d.Original == lifted.OriginalPath && d.Copy == poster.Path);

        var rest = posterText.Replace(lifted.Passage, "\n", StringComparison.Ordinal);
        const int Shared = 6;
        var sharedRuns = Enumerable.Range(0, Math.Max(0, rest.Length - Shared + 1))
            .Select(i => rest.Substring(i, Shared))
            .Where(s => !s.Contains('\n', StringComparison.Ordinal) && originalText.Contains(s, StringComparison.Ordinal))
            .ToList();
        Assert.Empty(sharedRuns);
    }

    private static string Text(CopyFacts copy) => string.Join('\n', new[] { copy.Title }.Concat(copy.Paragraphs).Concat(copy.Slogans));
}
