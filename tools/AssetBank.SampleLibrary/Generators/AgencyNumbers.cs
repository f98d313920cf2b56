using System.Globalization;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// Draws follower counts, prices and engagement rates in the mixed notations of Chinese agency KOL sheets.
/// The value is computed from the written text, so a parser that reads the text exactly gets the value.
/// </summary>
internal static class AgencyNumbers
{
    public static AgencyNumber Followers(KolTier tier, Random random) => tier switch
    {
        KolTier.Star => Unit(random.Next(10, 16), 100_000_000m, "亿"),
        KolTier.Head => random.Next(2) == 0
            ? Unit(random.Next(1000, 10_000), 10_000m, "万")
            : Unit(random.Next(1000, 10_000), 10_000m, "w"),
        KolTier.Waist => random.Next(3) switch
        {
            0 => Unit(random.Next(100, 1000), 10_000m, "万"),
            1 => Unit(random.Next(100, 1000), 10_000m, "w"),
            _ => Grouped(random.Next(100_000, 1_000_000)),
        },
        _ => random.Next(4) switch
        {
            0 => Unit(random.Next(10, 1000), 1000m, "k"),
            1 => Grouped(random.Next(1000, 10_000)),
            2 => Plain(random.Next(1000, 100_000)),
            _ => Unit(random.Next(10, 100), 10_000m, "w"),
        },
    };

    /// <summary>A price in yuan, or 面议 (negotiable, null value) about one time in eight.</summary>
    public static AgencyNumber? Price(KolTier tier, decimal factor, Random random)
    {
        if (random.Next(8) == 0)
        {
            return null;
        }

        var yuan = tier switch
        {
            KolTier.Star => random.Next(20, 81) * 10_000m,
            KolTier.Head => random.Next(20, 151) * 1_000m,
            KolTier.Waist => random.Next(30, 201) * 100m,
            _ => random.Next(3, 31) * 100m,
        };
        yuan = Math.Round(yuan * factor / 100m, MidpointRounding.AwayFromZero) * 100m;
        return random.Next(4) switch
        {
            0 => new AgencyNumber("¥" + yuan.ToString("#,##0", CultureInfo.InvariantCulture), yuan),
            1 when yuan >= 10_000m && yuan % 1_000m == 0 => new AgencyNumber(Trim(yuan / 10_000m) + "万", yuan),
            2 when yuan % 1_000m == 0 => new AgencyNumber(Trim(yuan / 10_000m) + "w", yuan),
            3 => new AgencyNumber(yuan.ToString("0", CultureInfo.InvariantCulture) + "元", yuan),
            _ => new AgencyNumber(yuan.ToString("#,##0", CultureInfo.InvariantCulture), yuan, Numeric: true, NumberFormat: "#,##0"),
        };
    }

    /// <summary>An engagement rate between 0.5 % and 9.9 %, written with one decimal.</summary>
    public static AgencyNumber Engagement(Random random)
    {
        var tenths = random.Next(5, 100);
        var percent = tenths / 10m;
        return new AgencyNumber(percent.ToString("0.0", CultureInfo.InvariantCulture) + "%", percent / 100m, Numeric: true, NumberFormat: "0.0%");
    }

    /// <summary><paramref name="tenths"/>/10 of <paramref name="unit"/>, written like 12.3万 (or 3亿 when whole).</summary>
    private static AgencyNumber Unit(int tenths, decimal unit, string suffix)
    {
        var mantissa = tenths / 10m;
        return new AgencyNumber(Trim(mantissa) + suffix, mantissa * unit);
    }

    private static AgencyNumber Grouped(int value) =>
        new(value.ToString("#,##0", CultureInfo.InvariantCulture), value, Numeric: true, NumberFormat: "#,##0");

    private static AgencyNumber Plain(int value) =>
        new(value.ToString(CultureInfo.InvariantCulture), value, Numeric: true, NumberFormat: "0");

    private static string Trim(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
