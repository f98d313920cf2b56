using System.Globalization;
using AssetBank.SampleLibrary;

namespace AssetBank.TaggingEval;

/// <summary>Parses <c>[--library DIR | --generate small|large] [--seed N] [--min-confidence X] [--json]</c>.</summary>
internal static class CommandLine
{
    public const string Usage =
        "usage: AssetBank.TaggingEval [--library DIR | --generate small|large] [--seed N] [--min-confidence 0.5] [--json]\n" +
        "  Ingests a sample library (tools/AssetBank.SampleLibrary) in place through the app's composition root and\n" +
        "  compares the catalog's tags with its manifest.json: precision, recall and F1 per dimension, per kind, and the misses.\n" +
        "  --generate (default: small) builds a library in a temporary folder first and deletes it afterwards.\n" +
        "  --library DIR is the object store: the media stage writes its keyframes under DIR/_derived/.\n" +
        "  --min-confidence counts only tags at or above it (default 0: every tag the tagger stored).";

    /// <summary>The options, or null with <paramref name="error"/> set; <paramref name="help"/> when --help was asked.</summary>
    public static EvalOptions? Parse(IReadOnlyList<string> args, out string? error, out bool help)
    {
        error = null;
        help = false;
        string? library = null;
        LibrarySize? generate = null;
        var seed = GeneratorOptions.DefaultSeed;
        var minConfidence = 0.0;
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "-h" or "--help":
                    help = true;
                    return null;
                case "--json":
                    json = true;
                    continue;
            }

            if (name is not ("--library" or "--generate" or "--seed" or "--min-confidence"))
            {
                error = $"Unknown option '{name}'.";
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
                case "--library":
                    library = value;
                    break;
                case "--generate" when Enum.TryParse<LibrarySize>(value, ignoreCase: true, out var size) && Enum.IsDefined(size):
                    generate = size;
                    break;
                case "--generate":
                    error = $"--generate must be small or large, not '{value}'.";
                    return null;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                    seed = parsed;
                    break;
                case "--seed":
                    error = $"--seed must be an integer, not '{value}'.";
                    return null;
                case "--min-confidence" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var floor) && floor is >= 0 and <= 1:
                    minConfidence = floor;
                    break;
                default:
                    error = $"--min-confidence must be a number from 0 to 1, not '{value}'.";
                    return null;
            }
        }

        if (library is not null && generate is not null)
        {
            error = "Give either --library or --generate, not both.";
            return null;
        }

        return new EvalOptions(library, generate ?? LibrarySize.Small, seed, minConfidence, json);
    }
}
