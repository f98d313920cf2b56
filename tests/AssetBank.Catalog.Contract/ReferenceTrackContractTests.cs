using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Audio;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Reference tracks of audio libraries (fingerprints and durations), on every provider.</summary>
public abstract class ReferenceTrackContractTests : CatalogContractTestBase
{
    private static ReferenceTrack Track(string item, long size, params uint[] fingerprint) => new(0, "音乐库", item, size, T0, 95.5, fingerprint);

    [SkippableFact]
    public async Task Tracks_are_stored_with_their_fingerprints_replaced_and_removed_and_each_change_moves_the_version()
    {
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("音乐库", "BGM 2026-03", "/refs/music", 0, T0), CancellationToken.None);
        var versions = new List<string> { await Catalog.ReferenceTracks.TracksVersionAsync(CancellationToken.None) };
        await Catalog.ReferenceTracks.PutTracksAsync("音乐库", [Track("a.mp3", 1, 1, 0xFFFF_FFFF, 3), Track("spot.mp4", 2, 7)], CancellationToken.None);
        versions.Add(await Catalog.ReferenceTracks.TracksVersionAsync(CancellationToken.None));
        await Catalog.ReferenceTracks.PutTracksAsync("音乐库", [Track("a.mp3", 10, 9, 0x8000_0000)], CancellationToken.None);
        versions.Add(await Catalog.ReferenceTracks.TracksVersionAsync(CancellationToken.None));
        await Catalog.ReferenceTracks.RemoveTracksAsync("音乐库", ["spot.mp4"], CancellationToken.None);
        versions.Add(await Catalog.ReferenceTracks.TracksVersionAsync(CancellationToken.None));

        var known = await Catalog.ReferenceTracks.KnownTracksAsync("音乐库", CancellationToken.None);
        var stored = Assert.Single(await ToListAsync(Catalog.ReferenceTracks.StreamTracksAsync(CancellationToken.None)));
        var library = Assert.Single(await Catalog.ReferenceLibraries.ListAsync(CancellationToken.None));

        Assert.Equal(["a.mp3"], known.Keys);
        Assert.Equal((10L, T0), known["a.mp3"]);
        Assert.Equal(("音乐库", "a.mp3", 95.5), (stored.Library, stored.ItemId, stored.DurationSeconds));
        Assert.Equal(new uint[] { 9, 0x8000_0000 }, stored.Fingerprint);
        Assert.Equal(1L, library.Items);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [SkippableFact]
    public async Task Removing_a_library_removes_its_tracks_only()
    {
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("音乐库", "BGM", "/refs/music", 0, T0), CancellationToken.None);
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("配音库", "VO", "/refs/vo", 0, T0), CancellationToken.None);
        await Catalog.ReferenceTracks.PutTracksAsync("音乐库", [Track("a.mp3", 1, 1, 2)], CancellationToken.None);
        await Catalog.ReferenceTracks.PutTracksAsync("配音库", [Track("b.wav", 1, 3, 4) with { Library = "配音库" }], CancellationToken.None);

        Assert.True(await Catalog.ReferenceLibraries.RemoveLibraryAsync("音乐库", CancellationToken.None));

        var left = Assert.Single(await ToListAsync(Catalog.ReferenceTracks.StreamTracksAsync(CancellationToken.None)));
        Assert.Equal(("配音库", "b.wav"), (left.Library, left.ItemId));
        Assert.Empty(await Catalog.ReferenceTracks.KnownTracksAsync("音乐库", CancellationToken.None));
    }
}
