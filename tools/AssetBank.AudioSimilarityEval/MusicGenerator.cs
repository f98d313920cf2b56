using System.Globalization;
using System.Text;

namespace AssetBank.AudioSimilarityEval;

/// <summary>
/// Seeded music-like tracks as ffmpeg <c>aevalsrc</c> expressions: a tempo, a key, a four-bar chord progression (pad
/// and bass), a sixteen-step melody on a pentatonic scale transposed phrase by phrase, and a hi-hat on the off-beats.
/// </summary>
internal sealed class MusicGenerator(Random random)
{
    private static readonly int[][] Scales = [[0, 2, 4, 7, 9], [0, 3, 5, 7, 10], [0, 2, 3, 7, 8]];
    private static readonly int[][] Progressions = [[0, 5, 7, 9], [0, 9, 5, 7], [0, 7, 9, 5], [0, 3, 10, 5], [0, 8, 3, 10]];

    public string Expression()
    {
        var bpm = 78 + random.Next(64);
        var beat = 60.0 / bpm;
        var eighth = beat / 2;
        var root = 110 * Math.Pow(2, random.Next(12) / 12.0);
        var scale = Scales[random.Next(Scales.Length)];
        var progression = Progressions[random.Next(Progressions.Length)];
        var melody = Enumerable.Range(0, 16).Select(_ => scale[random.Next(scale.Length)] + (12 * random.Next(2))).ToArray();
        var bar = 4 * beat;
        string F(double x) => x.ToString("0.#####", CultureInfo.InvariantCulture);
        string Pick(string index, IReadOnlyList<int> values)
        {
            var text = new StringBuilder();
            for (var i = 0; i < values.Count - 1; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"if(eq({index},{i}),{values[i]},");
            }

            return text.Append(values[^1]).Append(')', values.Count - 1).ToString();
        }

        string Hz(string semitones) => $"{F(root)}*pow(2,({semitones})/12)";
        var chord = Pick($"mod(floor(t/{F(bar)}),4)", progression);
        var step = Pick($"mod(floor(t/{F(eighth)}),16)", melody);
        // Each two-bar phrase is transposed by a pseudo-random amount, so no stretch of a track repeats exactly.
        var section = $"(2*floor(2.5*sin(floor(t/{F(2 * bar)})*2.3+{F(random.NextDouble() * 6)})))";
        var third = scale.Contains(3) ? 3 : 4;
        var pad = $"0.07*(sin(2*PI*t*{Hz(chord)})+sin(2*PI*t*{Hz($"{chord}+{third}")})+sin(2*PI*t*{Hz($"{chord}+7")}))";
        var bass = $"0.22*sin(2*PI*t*{Hz($"{chord}-12")})*exp(-3*mod(t,{F(beat)}))";
        var lead = $"0.25*(sin(2*PI*t*{Hz($"{step}+{section}+12")})+0.3*sin(4*PI*t*{Hz($"{step}+{section}+12")}))*exp(-5*mod(t,{F(eighth)}))";
        var hat = $"0.04*(2*random(0)-1)*exp(-60*mod(t+{F(eighth)},{F(beat)}))";
        return $"{pad}+{bass}+{lead}+{hat}";
    }
}
