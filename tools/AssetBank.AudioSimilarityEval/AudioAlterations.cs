using System.Globalization;

namespace AssetBank.AudioSimilarityEval;

/// <summary>How a licensed track is reused in an ad: an excerpt at some offset, re-encoded, louder or softer, under a voice-over or noise, filtered, sped up or transposed.</summary>
internal static class AudioAlterations
{
    /// <summary>Name, excerpt seconds, ffmpeg filter after the excerpt (null: none), output extension and codec arguments.</summary>
    public static readonly (string Name, int Seconds, string? Filter, string Extension, string[] Codec)[] All =
    [
        ("excerpt 30 s", 30, null, "wav", []),
        ("excerpt 10 s", 10, null, "wav", []),
        ("mp3 64k", 30, null, "mp3", ["-c:a", "libmp3lame", "-b:a", "64k"]),
        ("aac 48k", 30, null, "m4a", ["-c:a", "aac", "-b:a", "48k"]),
        ("volume +6 dB", 30, "volume=6dB", "wav", []),
        ("volume −6 dB", 30, "volume=-6dB", "wav", []),
        ("voice-over −10 dB", 30, "voice", "wav", []),
        ("pink noise −10 dB", 30, "noise", "wav", []),
        ("lowpass 3 kHz", 30, "lowpass=f=3000", "wav", []),
        ("tempo +3 %", 30, "atempo=1.03", "wav", []),
        ("pitch +1 semitone", 30, "asetrate=22050*1.05946,aresample=22050,atempo=0.94387", "wav", []),
    ];

    /// <summary>A speech-like voice-over: a gliding voiced pitch with formant-ish harmonics, in syllables.</summary>
    private const string Voice = "aevalsrc=exprs='0.35*(sin(2*PI*t*(130+25*sin(2*PI*0.6*t)))+0.6*sin(4*PI*t*(130+25*sin(2*PI*0.6*t)))+0.4*sin(6*PI*t*(130+25*sin(2*PI*0.6*t))))*pow(max(0,sin(2*PI*3.7*t)),2)*(0.6+0.4*sin(2*PI*0.23*t))':s=22050";

    public static IEnumerable<string> Arguments(string source, double start, (string Name, int Seconds, string? Filter, string Extension, string[] Codec) alteration, string output)
    {
        var s = start.ToString("0.###", CultureInfo.InvariantCulture);
        IEnumerable<string> args = ["-ss", s, "-t", alteration.Seconds.ToString(CultureInfo.InvariantCulture), "-i", source];
        string? graph = alteration.Filter switch
        {
            "voice" => "[0:a][1:a]amix=inputs=2:weights='1 0.316':normalize=0:duration=first[out]",
            "noise" => "[0:a][1:a]amix=inputs=2:weights='1 0.316':normalize=0:duration=first[out]",
            null => null,
            var filter => $"[0:a]{filter}[out]",
        };
        if (alteration.Filter == "voice")
        {
            args = args.Concat(["-f", "lavfi", "-t", alteration.Seconds.ToString(CultureInfo.InvariantCulture), "-i", Voice]);
        }
        else if (alteration.Filter == "noise")
        {
            args = args.Concat(["-f", "lavfi", "-t", alteration.Seconds.ToString(CultureInfo.InvariantCulture), "-i", "anoisesrc=color=pink:amplitude=0.25:sample_rate=22050:seed=7"]);
        }

        args = graph is null ? args : args.Concat(["-filter_complex", graph, "-map", "[out]"]);
        return args.Concat(alteration.Codec).Append(output);
    }
}
