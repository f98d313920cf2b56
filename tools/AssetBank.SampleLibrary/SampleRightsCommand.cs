using System.Globalization;
using System.Text;

namespace AssetBank.SampleLibrary;

/// <summary><c>AssetBank.SampleLibrary rights --out FILE [--size small|large] [--seed N] [--prefix sample/] [--today yyyy-MM-dd]</c>.</summary>
internal static class SampleRightsCommand
{
    public const string Usage =
        "usage: AssetBank.SampleLibrary rights --out FILE [--size small|large] [--seed N] [--prefix sample/] [--today yyyy-MM-dd]\n" +
        "  Writes a rights list (CSV) for the sample library: terms that expire soon, ended, and a KOL release on one shot.";

    public static async Task<int> RunAsync(string[] args)
    {
        string? output = null;
        var size = LibrarySize.Small;
        var seed = GeneratorOptions.DefaultSeed;
        string? prefix = "sample/";
        var today = DateOnly.FromDateTime(DateTime.Now);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            var ok = args[i] switch
            {
                "--out" => (output = value) is not null,
                "--size" => Enum.TryParse(value, ignoreCase: true, out size),
                "--seed" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed),
                "--prefix" => (prefix = value) is not null,
                "--today" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today),
                _ => false,
            };
            if (!ok)
            {
                await Console.Error.WriteLineAsync($"{args[i]} '{value}' is not valid.\n{Usage}");
                return 2;
            }
        }

        if (output is null || args.Length % 2 != 0)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var csv = SampleRights.Csv(SampleLibraryGenerator.Plan(size, seed), prefix ?? string.Empty, today);
        await File.WriteAllTextAsync(output, csv, new UTF8Encoding(true));
        Console.WriteLine($"rights list: {output}");
        return 0;
    }
}
