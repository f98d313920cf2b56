using System.Globalization;
using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary.Tests;

[Collection(SampleLibraryGroup.Name)]
public sealed class VideoTests(SampleLibraryFixture library)
{
    private const double OneFrame = 0.04;

    private IEnumerable<(ManifestEntry Entry, VideoFacts Video)> Videos =>
        library.OfKind(SampleKind.Video).Select(e => (e, e.Video!));

    [Fact]
    public async Task Probed_duration_size_and_streams_match_the_manifest()
    {
        foreach (var (entry, video) in Videos)
        {
            using var probe = await Probe.JsonAsync(library.Runner, library.PathOf(entry.Path));
            Assert.InRange(Probe.Duration(probe), video.DurationSeconds - 0.05, video.DurationSeconds + 0.1);
            var stream = Probe.Stream(probe, "video");
            Assert.Equal(video.Width, stream.GetProperty("width").GetInt32());
            Assert.Equal(video.Height, stream.GetProperty("height").GetInt32());
            Assert.Equal("25/1", stream.GetProperty("r_frame_rate").GetString());
            var frames = int.Parse(stream.GetProperty("nb_frames").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal((int)Math.Round(video.DurationSeconds * video.FrameRate), frames);
            Assert.Equal(video.HasAudio, Probe.HasStream(probe, "audio"));
        }
    }

    [Fact]
    public void Cuts_are_inside_the_video_in_order_and_shots_tile_the_timeline()
    {
        foreach (var (entry, video) in Videos)
        {
            Assert.Equal(video.Shots.Count - 1, video.Cuts.Count);
            Assert.Equal(0, video.Shots[0].Start);
            Assert.Equal(video.DurationSeconds, video.Shots[^1].End, 3);
            for (var i = 0; i < video.Cuts.Count; i++)
            {
                var cut = video.Cuts[i];
                Assert.InRange(cut.Time, 0.5, video.DurationSeconds - 0.5);
                if (i > 0)
                {
                    Assert.True(cut.Time > video.Cuts[i - 1].Time, $"{entry.Path}: cuts out of order");
                }

                var before = video.Shots[i];
                var after = video.Shots[i + 1];
                if (cut.Gradual)
                {
                    Assert.False(cut.Soft);
                    Assert.Equal(1.0, cut.TransitionEnd!.Value - cut.TransitionStart!.Value, 3);
                    Assert.Equal((cut.TransitionStart.Value + cut.TransitionEnd.Value) / 2, cut.Time, 3);
                    Assert.Equal(cut.TransitionStart.Value, after.Start, 3);
                    Assert.Equal(cut.TransitionEnd.Value, before.End, 3);
                }
                else
                {
                    Assert.Null(cut.TransitionStart);
                    Assert.Equal(cut.Time, before.End, 3);
                    Assert.Equal(cut.Time, after.Start, 3);
                }
            }
        }
    }

    [Fact]
    public void The_set_has_a_soft_cut_and_a_one_second_crossfade_and_each_shot_has_a_caption()
    {
        var cuts = Videos.SelectMany(v => v.Video.Cuts).ToList();
        Assert.Contains(cuts, c => c.Soft);
        Assert.Contains(cuts, c => c.Gradual);
        Assert.All(Videos.SelectMany(v => v.Video.Shots), s => Assert.False(string.IsNullOrWhiteSpace(s.Caption)));
        Assert.Contains(Videos, v => !v.Video.KeyframesOnCuts);
    }

    [Fact]
    public async Task Every_hard_cut_is_a_visible_scene_change_and_the_soft_one_scores_low()
    {
        foreach (var (entry, video) in Videos)
        {
            var scores = await Probe.SceneScoresAsync(library.Runner, library.PathOf(entry.Path), 0.08);
            foreach (var cut in video.Cuts.Where(c => !c.Gradual))
            {
                Assert.True(
                    scores.Any(s => Math.Abs(s.Time - cut.Time) <= OneFrame / 2),
                    $"{entry.Path}: no scene change at the cut {cut.Time} s (found {string.Join(", ", scores)})");
            }

            var strong = scores.Where(s => s.Score > 0.3).Select(s => s.Time).ToList();
            foreach (var cut in video.Cuts.Where(c => c.Soft))
            {
                Assert.DoesNotContain(strong, t => Math.Abs(t - cut.Time) <= OneFrame / 2);
            }

            foreach (var cut in video.Cuts.Where(c => c.Gradual))
            {
                Assert.DoesNotContain(strong, t => t >= cut.TransitionStart!.Value && t <= cut.TransitionEnd!.Value);
            }
        }
    }

    [Fact]
    public async Task Keyframes_sit_on_hard_cuts_unless_the_video_uses_a_fixed_gop()
    {
        foreach (var (entry, video) in Videos)
        {
            var keyframes = await Probe.KeyframeTimesAsync(library.Runner, library.PathOf(entry.Path));
            if (video.KeyframesOnCuts)
            {
                foreach (var cut in video.Cuts.Where(c => !c.Gradual && !c.Soft))
                {
                    Assert.Contains(keyframes, t => Math.Abs(t - cut.Time) < OneFrame / 2);
                }
            }
            else
            {
                // Fixed GOP of 50 frames: keyframes every 2 s whatever the cuts.
                Assert.All(keyframes, t => Assert.Equal(0, Math.Round(t / 2.0, 6) % 1, 6));
            }
        }
    }

    [Fact]
    public async Task Subtitle_cues_lie_inside_their_shots_and_the_srt_file_says_the_same()
    {
        var withSubtitles = Videos.Where(v => v.Video.SubtitlePath is not null).ToList();
        Assert.True(withSubtitles.Count >= 2);
        foreach (var (entry, video) in withSubtitles)
        {
            Assert.NotEmpty(video.SubtitleCues);
            foreach (var cue in video.SubtitleCues)
            {
                var shot = video.Shots[cue.ShotIndex];
                Assert.True(cue.Start >= shot.Start && cue.End <= shot.End && cue.Start < cue.End, $"{entry.Path}: cue {cue.Index} leaves shot {shot.Index}");
                Assert.DoesNotContain(video.Cuts, c => c.Time > cue.Start && c.Time < cue.End);
                Assert.DoesNotContain(video.Cuts, c => c.Gradual && c.TransitionEnd > cue.Start && c.TransitionStart < cue.End);
            }

            var sidecar = library.Manifest.Find(video.SubtitlePath!);
            Assert.NotNull(sidecar?.Subtitle);
            Assert.Equal(entry.Path, sidecar.Subtitle.VideoPath);
            var parsed = SrtReader.Parse(await File.ReadAllTextAsync(library.PathOf(video.SubtitlePath!)));
            Assert.Equal(video.SubtitleCues.Count, parsed.Count);
            for (var i = 0; i < parsed.Count; i++)
            {
                Assert.Equal(video.SubtitleCues[i].Index, parsed[i].Index);
                Assert.Equal(video.SubtitleCues[i].Start, parsed[i].Start, 3);
                Assert.Equal(video.SubtitleCues[i].End, parsed[i].End, 3);
                Assert.Equal(video.SubtitleCues[i].Text, parsed[i].Text);
            }
        }
    }

    [Fact]
    public async Task A_frame_in_each_shot_is_neither_black_nor_missing()
    {
        foreach (var (entry, video) in Videos)
        {
            var middles = video.Shots.Select(s => (int)Math.Round((s.Start + s.End) / 2 * video.FrameRate)).ToList();
            var lumas = await Probe.MeanLumaAsync(library.Runner, library.PathOf(entry.Path), middles);
            Assert.Equal(video.Shots.Count, lumas.Count);
            Assert.All(lumas, l => Assert.True(l.Luma > 16, $"{entry.Path} at {l.Time} s looks black (mean luma {l.Luma})"));
        }
    }
}
