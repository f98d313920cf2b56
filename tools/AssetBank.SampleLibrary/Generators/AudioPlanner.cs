using System.Globalization;
using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Media;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>A tone melody (wav and mp3), an altered copy of it, and an unrelated melody.</summary>
internal static class AudioPlanner
{
    private const string MelodyWav = "audio/melody.wav";
    private const string MelodyMp3 = "audio/melody.mp3";
    private const string MelodyAltered = "audio/melody_altered.mp3";
    private const string Other = "audio/other_melody.wav";
    private const int SampleRate = 44100;
    private const int TrimSeconds = 2;

    public static PlanPart Plan(SizeProfile profile, int seed)
    {
        var random = SeededRandom.For(seed, "audio");
        // Notes of a pentatonic scale, so the seed changes the tune but not its character.
        int[] scale = [262, 294, 330, 392, 440];
        var root = scale[random.Next(scale.Length)];
        var otherRoot = scale[random.Next(scale.Length)] / 2;
        var seconds = profile.AudioSeconds;
        var melody = Inv($"0.4*sin(2*PI*t*({root}+{root / 3}*floor(mod(t*2,5))))+0.2*sin(2*PI*t*({root * 2}+{root / 6}*floor(mod(t*3,4))))");
        var other = Inv($"0.4*sin(2*PI*t*({otherRoot}+{otherRoot / 3}*floor(mod(t*1.5,6))))");

        ManifestEntry Entry(string path, string format, double duration, ImageRole role, string? original, IReadOnlyList<string> alterations, double offset) =>
            new(path, SampleKind.Audio, format, null, [])
            {
                Audio = new AudioFacts(duration, SampleRate, 2, role, original, alterations, offset),
            };

        string[] alterations = [Alterations.Volume, Alterations.Highpass, Alterations.TrimStart, Alterations.LowBitrate];
        var entries = new List<ManifestEntry>
        {
            Entry(MelodyWav, "wav", seconds, ImageRole.Original, null, [], 0),
            Entry(MelodyMp3, "mp3", seconds, ImageRole.Altered, MelodyWav, [Alterations.TranscodeMp3], 0),
            Entry(MelodyAltered, "mp3", seconds - TrimSeconds, ImageRole.Altered, MelodyWav, alterations, TrimSeconds),
            Entry(Other, "wav", seconds, ImageRole.Unrelated, null, [], 0),
        };

        var steps = new List<GenerationStep>
        {
            // One run: the melody is split into the wav original, its mp3 transcode and the altered copy.
            new("audio melody", 0, [MelodyWav, MelodyMp3, MelodyAltered], (ctx, ct) => ctx.FfmpegAsync(
                [
                    "-f", "lavfi", "-i", Inv($"aevalsrc=exprs={FilterEscaping.OptionValue(melody)}:s={SampleRate}:d={seconds}"),
                    "-filter_complex",
                    Inv($"[0:a]aformat=channel_layouts=stereo,asplit=3[wav][mp3][alt];[alt]volume=0.6,highpass=f=120,atrim=start={TrimSeconds},asetpts=PTS-STARTPTS[altered]"),
                    "-map", "[wav]", ctx.Output(MelodyWav),
                    "-map", "[mp3]", "-c:a", "libmp3lame", "-b:a", "192k", ctx.Output(MelodyMp3),
                    "-map", "[altered]", "-c:a", "libmp3lame", "-b:a", "64k", ctx.Output(MelodyAltered),
                ],
                "audio/melody*",
                ct)),
            new("audio other", 0, [Other], (ctx, ct) => ctx.FfmpegAsync(Source(other, seconds, ctx.Output(Other)), Other, ct)),
        };

        return new PlanPart(
            entries,
            steps,
            [
                new DuplicatePair(SampleKind.Audio, MelodyWav, MelodyMp3, [Alterations.TranscodeMp3]),
                new DuplicatePair(SampleKind.Audio, MelodyWav, MelodyAltered, alterations),
            ],
            [new UnrelatedPair(SampleKind.Audio, MelodyWav, Other, "both are tone melodies from the same kind of formula")]);
    }

    private static List<string> Source(string expression, int seconds, string output) =>
    [
        "-f", "lavfi", "-i",
        Inv($"aevalsrc=exprs={FilterEscaping.OptionValue(expression)}:s={SampleRate}:d={seconds}"),
        "-ac", "2", output,
    ];

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
