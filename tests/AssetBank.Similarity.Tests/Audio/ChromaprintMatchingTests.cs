using AssetBank.Core.Similarity.Audio;
using AssetBank.Similarity.Audio;
using Microsoft.Extensions.Options;

namespace AssetBank.Similarity.Tests.Audio;

/// <summary>
/// The offset index and the bit-error verification on synthetic fingerprints (random 32-bit values stand for music:
/// every value differs from the next, as in a real fingerprint), so that offsets, excerpts and noise are exact.
/// </summary>
public sealed class ChromaprintMatchingTests
{
    private static readonly AudioSimilarityOptions Defaults = new();

    private static IAudioTrackIndex Index(params uint[][] tracks)
    {
        var index = new AudioSimilarityEngine(Options.Create(Defaults)).CreateIndex();
        for (var i = 0; i < tracks.Length; i++)
        {
            index.Add(100 + i, tracks[i]);
        }

        return index;
    }

    private static uint[] Track(int seed, int values)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, values).Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray();
    }

    /// <summary>Flips each bit with probability <paramref name="rate"/>.</summary>
    private static uint[] Noisy(uint[] values, double rate, int seed)
    {
        var random = new Random(seed);
        return values.Select(v =>
        {
            for (var bit = 0; bit < 32; bit++)
            {
                if (random.NextDouble() < rate)
                {
                    v ^= 1u << bit;
                }
            }

            return v;
        }).ToArray();
    }

    private static int Values(double seconds) => (int)Math.Round(seconds / ChromaprintTiming.SecondsPerValue);

    [Fact]
    public void An_excerpt_is_found_in_its_track_with_both_time_ranges()
    {
        var track = Track(1, Values(120));
        var excerpt = track.Skip(Values(70)).Take(Values(30)).ToArray();

        var match = Assert.Single(Index(Track(2, Values(90)), track, Track(3, Values(60))).Match(excerpt));

        Assert.Equal(101, match.ReferenceId);
        Assert.Equal(100, match.Percent, 1);
        Assert.Equal(0, match.QueryStartSeconds, 1);
        Assert.Equal(30, match.QueryEndSeconds, 0);
        Assert.Equal(70, match.ReferenceStartSeconds, 0);
        Assert.Equal(100, match.ReferenceEndSeconds, 0);
    }

    [Fact]
    public void A_licensed_track_under_an_ad_is_found_where_it_starts_in_the_ad_and_only_for_as_long_as_it_plays()
    {
        // 10 s of the ad's own sound, then 20 s of the track from 00:40, then 10 s of something else again.
        var track = Track(4, Values(180));
        var ad = Track(5, Values(10)).Concat(track.Skip(Values(40)).Take(Values(20))).Concat(Track(6, Values(10))).ToArray();

        var match = Assert.Single(Index(track).Match(ad));

        Assert.Equal(10, match.QueryStartSeconds, 0);
        Assert.Equal(30, match.QueryEndSeconds, 0);
        Assert.Equal(40, match.ReferenceStartSeconds, 0);
        Assert.Equal(60, match.ReferenceEndSeconds, 0);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.12)]
    public void A_re_encoded_or_noisy_copy_still_alarms(double bitErrorRate)
    {
        var track = Track(7, Values(60));
        var copy = Noisy(track.Skip(Values(12)).Take(Values(25)).ToArray(), bitErrorRate, 8);

        var match = Assert.Single(Index(track, Track(9, Values(60))).Match(copy));

        Assert.Equal(100, match.ReferenceId);
        Assert.True(match.Percent > 85, $"{match.Percent:0.0} %");
        Assert.Equal(bitErrorRate, match.BitErrorRate, 1);
        Assert.Equal(12, match.ReferenceStartSeconds, 0);
    }

    [Fact]
    public void Unrelated_audio_matches_nothing()
    {
        var index = Index(Enumerable.Range(20, 50).Select(seed => Track(seed, Values(90))).ToArray());

        Assert.Empty(index.Match(Track(99, Values(60))));
    }

    [Fact]
    public void Silence_in_both_agrees_bit_for_bit_but_is_not_a_match()
    {
        var silence = Enumerable.Repeat(0x5a5a5a5au, Values(60)).ToArray();

        Assert.Empty(Index(silence).Match(silence.Take(Values(20)).ToArray()));
    }

    [Fact]
    public void A_shared_second_or_two_is_chance_not_reuse()
    {
        var track = Track(11, Values(60));
        var ad = Track(12, Values(10)).Concat(track.Skip(Values(30)).Take(Values(2))).Concat(Track(13, Values(10))).ToArray();

        Assert.Empty(Index(track).Match(ad));
    }

    [Fact]
    public void A_short_stretch_reads_lower_than_a_long_one_at_the_same_bit_error_rate_but_a_clean_one_still_alarms()
    {
        var track = Track(14, Values(60));
        var index = Index(track);

        var shortMatch = Assert.Single(index.Match(Noisy(track.Skip(Values(20)).Take(Values(3.5)).ToArray(), 0.03, 15)));
        var longMatch = Assert.Single(index.Match(Noisy(track.Skip(Values(20)).Take(Values(20)).ToArray(), 0.03, 15)));

        Assert.True(shortMatch.Percent < longMatch.Percent - 2, $"{shortMatch.Percent:0.0} vs {longMatch.Percent:0.0}");
        Assert.True(shortMatch.Percent > 85, $"{shortMatch.Percent:0.0} %");
    }

    [Fact]
    public void The_percentage_is_calibrated_on_the_bit_error_rate()
    {
        var engine = new AudioSimilarityEngine(Options.Create(Defaults));

        Assert.Equal(100, engine.Percent(0), 3);
        Assert.Equal(85, engine.Percent(Defaults.BitErrorAt85), 3);
        Assert.Equal(50, engine.Percent(Defaults.BitErrorAt50), 3);
        Assert.Equal(0, engine.Percent(0.5), 3);
        Assert.True(engine.Percent(Defaults.BitErrorAt85 + 0.01) < 85);
    }
}
