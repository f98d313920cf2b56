using System.Globalization;

namespace AssetBank.SampleLibrary.Tests;

/// <summary>A minimal SubRip reader for checking generated sidecars.</summary>
internal static class SrtReader
{
    public static IReadOnlyList<SrtCue> Parse(string text)
    {
        var blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return
        [
            .. blocks.Select(block =>
            {
                var lines = block.Split('\n');
                var times = lines[1].Split(" --> ");
                return new SrtCue(int.Parse(lines[0], CultureInfo.InvariantCulture), Seconds(times[0]), Seconds(times[1]), string.Join('\n', lines.Skip(2)));
            }),
        ];
    }

    private static double Seconds(string value) =>
        TimeSpan.ParseExact(value.Trim(), @"hh\:mm\:ss\,fff", CultureInfo.InvariantCulture).TotalSeconds;
}
