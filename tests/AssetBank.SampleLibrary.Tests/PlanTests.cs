using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>The plan is pure: these run without ffmpeg and without writing files.</summary>
public sealed class PlanTests
{
    [Theory]
    [InlineData(LibrarySize.Small, 1)]
    [InlineData(LibrarySize.Large, 20240601)]
    public void The_same_seed_gives_the_same_manifest(LibrarySize size, int seed)
    {
        Assert.Equal(SampleLibraryGenerator.Plan(size, seed).ToJson(), SampleLibraryGenerator.Plan(size, seed).ToJson());
    }

    [Fact]
    public void Another_seed_keeps_the_names_but_moves_cuts_and_numbers()
    {
        var a = SampleLibraryGenerator.Plan(LibrarySize.Small, 1);
        var b = SampleLibraryGenerator.Plan(LibrarySize.Small, 2);
        Assert.Equal(a.Entries.Select(e => e.Path), b.Entries.Select(e => e.Path));
        Assert.NotEqual(Cuts(a), Cuts(b));
        Assert.NotEqual(
            a.Entries.First(e => e.KolList is not null).KolList!.Rows.Select(r => r.FollowersText),
            b.Entries.First(e => e.KolList is not null).KolList!.Rows.Select(r => r.FollowersText));
    }

    [Fact]
    public void The_large_library_has_720p_video_and_longer_clips()
    {
        var small = SampleLibraryGenerator.Plan(LibrarySize.Small, 7);
        var large = SampleLibraryGenerator.Plan(LibrarySize.Large, 7);
        var video = large.Entries.First(e => e.Video is not null).Video!;
        Assert.Equal((1280, 720), (video.Width, video.Height));
        Assert.True(large.Entries.Where(e => e.Video is not null).Sum(e => e.Video!.DurationSeconds)
            > 1.5 * small.Entries.Where(e => e.Video is not null).Sum(e => e.Video!.DurationSeconds));
        Assert.Equal("large", large.Size);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(99)]
    [InlineData(123456789)]
    [InlineData(-5)]
    public void For_any_seed_shots_are_long_enough_and_cues_stay_inside_their_shots(int seed)
    {
        foreach (var size in Enum.GetValues<LibrarySize>())
        {
            foreach (var video in SampleLibraryGenerator.Plan(size, seed).Entries.Select(e => e.Video).OfType<VideoFacts>())
            {
                Assert.All(video.Shots, s => Assert.True(s.End - s.Start >= 1.999));
                Assert.All(video.SubtitleCues, c =>
                {
                    var shot = video.Shots[c.ShotIndex];
                    Assert.InRange(c.Start, shot.Start, shot.End);
                    Assert.InRange(c.End, c.Start, shot.End);
                });
                Assert.Equal(video.Shots.Count, video.Cuts.Count + 1);
            }
        }
    }

    [Fact]
    public void Json_round_trip_keeps_every_field()
    {
        var manifest = SampleLibraryGenerator.Plan(LibrarySize.Small, 3);
        var json = manifest.ToJson();
        var back = System.Text.Json.JsonSerializer.Deserialize<SampleManifest>(json, SampleManifest.JsonOptions)!;
        Assert.Equal(json, back.ToJson());
        Assert.Contains("\"kind\": \"kol-list\"", json, StringComparison.Ordinal);
        Assert.Contains("母婴", json, StringComparison.Ordinal);
    }

    private static List<double> Cuts(SampleManifest manifest) =>
        [.. manifest.Entries.Where(e => e.Video is not null).SelectMany(e => e.Video!.Cuts).Select(c => c.Time)];
}
