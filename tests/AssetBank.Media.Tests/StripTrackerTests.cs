using AssetBank.Media.Ocr;

namespace AssetBank.Media.Tests;

public sealed class StripTrackerTests
{
    private static TextStrip Strip(int x, int width, byte shade)
    {
        var pixels = new byte[width * 40];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (i % width / 6 % 2 == 0) ? shade : (byte)255;
        }

        return new TextStrip(new TextBand(x, 500, width, 34, 0.3), new GrayImage(width, 40, pixels), () => []);
    }

    [Fact]
    public void A_line_whose_ends_wander_over_a_busy_picture_is_still_one_place_seen_twice()
    {
        var tracker = new StripTracker();

        tracker.Add(TimeSpan.FromSeconds(18.5), [Strip(427, 374, 0)]);
        tracker.Add(TimeSpan.FromSeconds(19.0), [Strip(427, 642, 40)]);
        tracker.Add(TimeSpan.FromSeconds(19.5), [Strip(467, 493, 80)]);

        Assert.All(tracker.Tracks, t => Assert.True(t.Persistent));
    }

    [Fact]
    public void A_band_seen_once_is_not_persistent_and_a_band_elsewhere_in_the_row_is_another_place()
    {
        var tracker = new StripTracker();

        tracker.Add(TimeSpan.FromSeconds(1), [Strip(100, 200, 0)]);
        tracker.Add(TimeSpan.FromSeconds(1.5), [Strip(700, 200, 0)]);

        Assert.Equal(2, tracker.Tracks.Count);
        Assert.All(tracker.Tracks, t => Assert.False(t.Persistent));
    }

    [Fact]
    public void A_new_track_starts_when_its_text_was_first_on_screen()
    {
        var tracker = new StripTracker();

        tracker.Add(TimeSpan.FromSeconds(3), [Strip(100, 200, 0)], since: TimeSpan.FromSeconds(2));

        var track = Assert.Single(tracker.Tracks);
        Assert.Equal(TimeSpan.FromSeconds(2), track.First);
        Assert.Equal(TimeSpan.FromSeconds(3), track.Last);
    }
}
