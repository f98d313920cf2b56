using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;
using Xunit;
using static AssetBank.Catalog.Contract.CatalogSamples;

namespace AssetBank.Catalog.Contract;

/// <summary>Reference videos with their shot keyframes, and the run a video alarm carries, on every provider.</summary>
public abstract class VideoReferenceStoreContractTests : CatalogContractTestBase
{
    [SkippableFact]
    public async Task Videos_are_stored_with_their_keyframes_replaced_whole_removed_and_counted_with_their_library()
    {
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("VCG 视频", "RM-2026", "/refs/video", 0, T0), CancellationToken.None);
        await Catalog.ReferenceVideos.PutVideoAsync(Video("VCG 视频", "tvc/a.mp4", 100, Frame(0, 0, 4, 2, [1]), Frame(1, 4, 12, 6, [2]), Frame(1, 4, 12, 10, [3])), CancellationToken.None);
        await Catalog.ReferenceVideos.PutVideoAsync(Video("VCG 视频", "b.mp4", 50, Frame(0, 0, 3, 1.5, [4])), CancellationToken.None);
        var before = await Catalog.ReferenceVideos.VersionAsync(CancellationToken.None);

        await Catalog.ReferenceVideos.PutVideoAsync(Video("VCG 视频", "tvc/a.mp4", 101, Frame(0, 0, 5, 2.5, [5, 5]), Frame(1, 5, 9, 7, [6])), CancellationToken.None);
        await Catalog.ReferenceVideos.RemoveVideosAsync("VCG 视频", ["b.mp4"], CancellationToken.None);

        var known = await Catalog.ReferenceVideos.KnownVideosAsync("VCG 视频", CancellationToken.None);
        var frames = await ToListAsync(Catalog.ReferenceVideos.StreamFramesAsync(CancellationToken.None));
        Assert.Equal(["tvc/a.mp4"], known.Keys);
        Assert.Equal((101L, T0), known["tvc/a.mp4"]);
        Assert.Equal(2, frames.Count);
        Assert.Equal(("VCG 视频", "tvc/a.mp4", 0, 0.0, 5.0, 2.5), (frames[0].Library, frames[0].ItemId, frames[0].ShotIndex, frames[0].ShotStartSeconds, frames[0].ShotEndSeconds, frames[0].Seconds));
        Assert.Equal(new byte[] { 5, 5 }, frames[0].Signature);
        Assert.Equal((1, 7.0), (frames[1].ShotIndex, frames[1].Seconds));
        Assert.Equal(1L, Assert.Single(await Catalog.ReferenceLibraries.ListAsync(CancellationToken.None)).Items);
        Assert.NotEqual(before, await Catalog.ReferenceVideos.VersionAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Removing_a_library_removes_its_videos_and_their_keyframes()
    {
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("VCG", "RM", "/refs/vcg", 0, T0), CancellationToken.None);
        await Catalog.ReferenceLibraries.SaveLibraryAsync(new ReferenceLibrary("Getty", "RF", "/refs/getty", 0, T0), CancellationToken.None);
        await Catalog.ReferenceVideos.PutVideoAsync(Video("VCG", "a.mp4", 1, Frame(0, 0, 2, 1, [1])), CancellationToken.None);
        await Catalog.ReferenceVideos.PutVideoAsync(Video("Getty", "a.mp4", 1, Frame(0, 0, 2, 1, [2])), CancellationToken.None);

        Assert.True(await Catalog.ReferenceLibraries.RemoveLibraryAsync("VCG", CancellationToken.None));

        Assert.Empty(await Catalog.ReferenceVideos.KnownVideosAsync("VCG", CancellationToken.None));
        var left = Assert.Single(await ToListAsync(Catalog.ReferenceVideos.StreamFramesAsync(CancellationToken.None)));
        Assert.Equal("Getty", left.Library);
        Assert.Equal(new byte[] { 2 }, left.Signature);
    }

    [SkippableFact]
    public async Task A_video_alarm_keeps_its_run_of_shots_both_time_ranges_and_whether_it_covers_the_whole_video()
    {
        var alarm = new CopyrightAlarm
        {
            AssetId = 5,
            AssetKey = "v/cutdown.mp4",
            ShotIndex = 2,
            LastShotIndex = 4,
            StartSeconds = 12,
            EndSeconds = 21.5,
            ReferenceStartSeconds = 62,
            ReferenceEndSeconds = 71.25,
            WholeVideo = false,
            Modality = "video",
            Percent = 93.5,
            ReferenceId = 8,
            Library = "VCG",
            Licence = "RM",
            ReferenceItem = "tvc/a.mp4",
            RaisedAt = T0,
        };
        await Catalog.Alarms.RecordCheckAsync(5, "e1", "v1", [alarm, alarm with { ShotIndex = 0, LastShotIndex = 0, WholeVideo = true }], CancellationToken.None);

        var stored = await Catalog.Alarms.ListAsync(AlarmStatus.Open, 10, CancellationToken.None);

        Assert.Equal(alarm, stored.Single(a => a.ShotIndex == 2) with { Id = 0 });
        Assert.Equal((0, true), (stored.Single(a => a.ShotIndex == 0).LastShotIndex, stored.Single(a => a.ShotIndex == 0).WholeVideo));
    }

    private static ReferenceVideo Video(string library, string item, long size, params ReferenceVideoFrame[] frames) =>
        new(library, item, size, T0, 12, [.. frames.Select(f => f with { Library = library, ItemId = item })]);

    private static ReferenceVideoFrame Frame(int shot, double start, double end, double seconds, byte[] signature) =>
        new(0, string.Empty, string.Empty, shot, start, end, seconds, signature);
}
