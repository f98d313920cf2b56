using System.Globalization;
using System.Text;
using AssetBank.SampleLibrary.Manifest;

namespace AssetBank.SampleLibrary;

/// <summary>
/// A rights list for the sample library, as <c>assetbank rights import</c> reads it: terms that run on, terms that
/// expire within 30, 60 and 90 days, terms that have ended, and a KOL release on one shot only. End dates are relative
/// to <c>today</c>, so the expiry report and search badges have something to show whenever the demo runs; it is
/// written outside the library folder so the library and its manifest stay as generated.
/// </summary>
public static class SampleRights
{
    public const string Header = "key,shot,holder,licence_type,stock_library,licence_id,media,territory,start,end,exclusive,restrictions";

    /// <param name="manifest">The library's plan; entries it lacks are left out.</param>
    /// <param name="prefix">Where the library sits in the store (<c>sample/</c>).</param>
    /// <param name="today">The day the relative end dates count from.</param>
    public static string Csv(SampleManifest manifest, string prefix, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[][] rows =
        [
            ["videos/tvc_muying_night_dad.mp4", "", "安稚", "客户所有", "", "", "全媒体", "中国大陆", "2024年1月1日", "", "否", ""],
            ["videos/tvc_muying_night_dad.mp4", "1", "演员 陈晨", "KOL/艺人授权", "", "", "电视、抖音、小红书", "中国大陆", "2024年1月1日", Day(20), "否", "镜头 1 出镜演员的肖像授权"],
            ["videos/tvc_meizhuang_bestie_gift.mp4", "", "小红书达人 @闺蜜日记", "KOL授权", "", "", "小红书、抖音", "中国大陆", "2025.3.1", Day(-10), "是", "达人肖像，合约期内独家"],
            ["videos/汽车_周末自驾_一家三口.mp4", "", "视觉中国", "stock-rm", "视觉中国", "VCG-2024-118", "电视、OTT", "中国大陆", "2025/01/01", Day(50), "否", ""],
            ["videos/tvc_shipin_overtime_coffee.mp4", "", "星海音乐", "音乐授权", "", "XH-M-0451", "全媒体", "大中华区", "二〇二五年一月", Day(80), "否", "配乐授权"],
            ["videos/tvc_shuma_unboxing_gop50.mp4", "", "本公司", "委托创作", "", "", "全媒体", "全球", "2024-06-01", "", "否", ""],
            ["images/originals/poster_muying.png", "", "安稚", "客户所有", "", "", "平面、户外", "中国大陆", "2024年3月", Day(-100), "否", ""],
            ["images/originals/poster_meizhuang.png", "", "Getty Images", "stock-rf", "Getty Images", "GI-889201", "全媒体", "全球", "2024-01-01", "", "否", ""],
            ["audio/melody.mp3", "", "星海音乐", "音乐授权", "", "XH-M-0320", "全媒体", "全球", "2025-01-01", Day(-5), "否", ""],
        ];
        var paths = manifest.Entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var row in rows.Where(r => paths.Contains(r[0])))
        {
            csv.AppendJoin(',', [prefix + row[0], .. row[1..]]).Append('\n');
        }

        return csv.ToString();
    }
}
