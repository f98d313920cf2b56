using System.Globalization;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>lavfi source graphs for shots and still images. None contains a ',' inside an option value.</summary>
internal static class ShotSources
{
    private static readonly (string From, string To)[] GradientPalette =
    [
        ("0x1e3a8a", "0x14b8a6"),
        ("0x4c1d95", "0x0ea5e9"),
        ("0x065f46", "0x84cc16"),
        ("0x0f172a", "0x6366f1"),
        ("0x134e4a", "0x38bdf8"),
    ];

    /// <summary>A source graph producing <paramref name="width"/>×<paramref name="height"/> at 25 fps.</summary>
    public static string Graph(ShotSource source, int width, int height, int seed, string? color)
    {
        var size = Size(width, height);
        var quarter = Size(Math.Max(width / 4, 32), Math.Max(height / 4, 18));
        var half = Size(width / 2, height / 2);
        var scaleUp = $"scale={width}:{height}:flags=neighbor";
        return source switch
        {
            ShotSource.TestSrc2 => $"testsrc2=s={size}:r=25",
            ShotSource.Mandelbrot => $"mandelbrot=s={size}:r=25:maxiter=250",
            ShotSource.SmpteHdBars => $"smptehdbars=s={size}:r=25",
            ShotSource.Color => $"color=c={ColorArg(color)}:s={size}:r=25",
            ShotSource.Gradients => GradientGraph(size, seed),
            ShotSource.Life => I($"life=s={quarter}:r=25:mold=10:ratio=0.1:seed={seed}:life_color=0x00ff00:death_color=0xc83232,{scaleUp}"),
            ShotSource.CellAuto => I($"cellauto=s={quarter}:r=25:rule=110:seed={seed},{scaleUp}"),
            ShotSource.Plasma => I($"nullsrc=s={half}:r=25,format=rgb24,geq=r='128+120*sin(X/20+Y/30+T*{1 + (seed % 3)})':g='128+120*sin(X/35-T)*cos(Y/25)':b='128+120*cos((X+Y)/45+T)',scale={width}:{height}"),
            ShotSource.Sierpinski => I($"sierpinski=s={size}:r=25:seed={seed}:type=carpet"),
            ShotSource.RgbTestSrc => $"rgbtestsrc=s={size}:r=25",
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown shot source."),
        };
    }

    /// <summary>
    /// ffmpeg's gradients source draws its colours at random (av_get_random_seed) unless they are given, whatever the
    /// seed; unseeded colours made a cut into or out of a gradient shot a scene change in one run and not in the next.
    /// The colours come from a cool palette, so a cut to the warm end cards stays a visible change.
    /// </summary>
    private static string GradientGraph(string size, int seed)
    {
        var (from, to) = GradientPalette[(int)((uint)seed % (uint)GradientPalette.Length)];
        return I($"gradients=s={size}:r=25:speed=0.02:seed={seed}:nb_colors=2:c0={from}:c1={to}");
    }

    /// <summary>A '#rrggbb' colour as ffmpeg's '0xrrggbb' (a '#' is fine too, but 0x needs no thought).</summary>
    public static string ColorArg(string? color) =>
        color is { Length: 7 } && color[0] == '#' ? "0x" + color[1..] : throw new ArgumentException($"Expected a #rrggbb colour, got '{color}'.", nameof(color));

    private static string Size(int width, int height) => I($"{width}x{height}");

    private static string I(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
