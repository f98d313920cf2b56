using System.Globalization;

namespace AssetBank.SampleLibrary;

/// <summary>Parses <c>--out DIR [--size small|large] [--seed N] [--ffmpeg PATH] [--font PATH]</c>.</summary>
internal static class CommandLine
{
    public const string Usage =
        "usage: AssetBank.SampleLibrary --out DIR [--size small|large] [--seed N] [--ffmpeg PATH] [--font PATH]\n" +
        "  Builds a synthetic sample library (videos, images, audio, copy, KOL lists, social exports, bad inputs)\n" +
        "  and its ground-truth manifest.json in DIR. A previous library in DIR is replaced.";

    /// <summary>The options, or null with <paramref name="error"/> set; <paramref name="help"/> when --help was asked.</summary>
    public static GeneratorOptions? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        error = null;
        help = false;
        string? output = null;
        var size = LibrarySize.Small;
        var seed = GeneratorOptions.DefaultSeed;
        var ffmpeg = "ffmpeg";
        string? font = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                help = true;
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value.";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--out":
                    output = value;
                    break;
                case "--size" when Enum.TryParse<LibrarySize>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed):
                    size = parsed;
                    break;
                case "--size":
                    error = $"--size must be small or large, not '{value}'.";
                    return null;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedSeed):
                    seed = parsedSeed;
                    break;
                case "--seed":
                    error = $"--seed must be an integer, not '{value}'.";
                    return null;
                case "--ffmpeg":
                    ffmpeg = value;
                    break;
                case "--font":
                    font = value;
                    break;
                default:
                    error = $"Unknown option '{name}'.";
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            error = "--out DIR is required.";
            return null;
        }

        return new GeneratorOptions(output, size, seed, ffmpeg, font);
    }
}
