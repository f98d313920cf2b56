using System.Text;
using AssetBank.Core.Assets;
using AssetBank.Extraction.Tests.Files;

namespace AssetBank.Extraction.Tests;

public sealed class KolListTests : IDisposable
{
    private const string Header = "昵称,平台,粉丝数,垂类,报价(图文),报价(视频),互动率,合作品牌";

    private readonly TempFolder _folder = new();

    static KolListTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Each_csv_row_becomes_a_kol_item_with_exact_fields_and_metrics()
    {
        var csv = $"""
            {Header}
            星妈日记,小红书,12.3万,母婴,"¥2,000",1.2w,5.6%,"飞鹤、伊利"
            数码老王,B站,"1,200",数码,2000元,8k,3.2%,
            """;
        var path = _folder.Write("kol.csv", new UTF8Encoding(true).GetBytes(csv));

        var content = await Extract.FileAsync(path, "kol/kol_list.csv", AssetKind.KolList, ContentFormat.Csv);

        Assert.Equal("utf-8", content.Encoding);
        Assert.Equal(["kol:1", "kol:2"], content.Items.Select(i => i.ItemId));
        var kol = content.Items[0];
        Assert.Equal("kol", kol.ItemKind);
        Assert.Equal("星妈日记", kol.Title);
        Assert.Equal("小红书", kol.Fields["platform"]);
        Assert.Equal("母婴", kol.Fields["vertical"]);
        Assert.Equal("飞鹤、伊利", kol.Fields["brands"]);
        Assert.Equal("2", kol.Fields["row"]);
        Assert.Equal(123000, kol.Metrics["followers"]);
        Assert.Equal(2000, kol.Metrics["price_image"]);
        Assert.Equal(12000, kol.Metrics["price_video"]);
        Assert.Equal(0.056, kol.Metrics["engagement_rate"]);
        Assert.Contains("粉丝数 12.3万", kol.Text, StringComparison.Ordinal);
        Assert.NotNull(kol.Score);
        Assert.Equal(1200, content.Items[1].Metrics["followers"]);
        Assert.Equal(8000, content.Items[1].Metrics["price_video"]);
        Assert.False(content.Items[1].Fields.ContainsKey("brands"));
        Assert.Equal("KOL名单", Assert.Single(content.Sections).Heading);
    }

    [Fact]
    public async Task A_csv_missing_the_followers_column_is_rejected_naming_file_and_column()
    {
        var csv = "昵称,平台,垂类,报价(图文),报价(视频),互动率,合作品牌\n星妈日记,小红书,母婴,2000,3000,5.6%,飞鹤\n";
        var path = _folder.Write("kol_missing_column.csv", Encoding.UTF8.GetBytes(csv));

        var e = await Extract.RejectionAsync(path, "bad/kol_missing_column.csv", AssetKind.KolList, ContentFormat.Csv);

        Assert.Contains("'kol_missing_column.csv'", e.Problem, StringComparison.Ordinal);
        Assert.Contains("粉丝数 (followers)", e.Problem, StringComparison.Ordinal);
        Assert.Contains("昵称, 平台, 垂类", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_without_a_name_is_skipped_with_a_warning_naming_the_row()
    {
        var csv = $"{Header}\n星妈日记,小红书,12.3万,母婴,2000,3000,5.6%,飞鹤\n,抖音,8k,美食,500,800,2%,\n合计,,12.4万,,,,,\n";
        var path = _folder.Write("kol.csv", Encoding.UTF8.GetBytes(csv));

        var content = await Extract.FileAsync(path, "kol/kol.csv", AssetKind.KolList, ContentFormat.Csv);

        Assert.Single(content.Items);
        Assert.Contains("row 3: no 昵称 (name) value; row skipped", content.Warnings);
        Assert.Contains(content.Warnings, w => w.StartsWith("row 4: '合计' looks like a total row", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unreadable_numbers_are_left_out_with_a_warning_and_placeholders_silently()
    {
        var csv = $"{Header}\n星妈日记,小红书,约十万,母婴,面议,2000-3000,-,飞鹤\n";
        var path = _folder.Write("kol.csv", Encoding.UTF8.GetBytes(csv));

        var content = await Extract.FileAsync(path, "kol/kol.csv", AssetKind.KolList, ContentFormat.Csv);

        var kol = Assert.Single(content.Items);
        Assert.False(kol.Metrics.ContainsKey("followers"));
        Assert.False(kol.Metrics.ContainsKey("price_image"));
        Assert.False(kol.Metrics.ContainsKey("price_video"));
        Assert.Contains("row 2 (星妈日记): 粉丝数 (followers) '约十万' is not a number; left out", content.Warnings);
        Assert.Contains("row 2 (星妈日记): 视频报价 (video price) '2000-3000' is not a number; left out", content.Warnings);
        Assert.Equal(2, content.Warnings.Count);
    }

    [Fact]
    public async Task A_gbk_csv_with_other_header_spellings_and_a_unit_in_the_header_is_read()
    {
        var csv = "达人名称,渠道,粉丝量（万）,领域,刊例价-图文,视频报价,互动率(%),合作过的品牌,主页链接\r\n" +
                  "阿福爱吃,抖音,12.3,美食,¥800,1500,0.8,\"海底捞/喜茶\",https://www.douyin.com/user/abc\r\n";
        var path = _folder.Write("kol_gbk.csv", Encoding.GetEncoding("GBK").GetBytes(csv));

        var content = await Extract.FileAsync(path, "kol/kol_gbk.csv", AssetKind.KolList, ContentFormat.Csv);

        Assert.Equal("gb18030", content.Encoding);
        var kol = Assert.Single(content.Items);
        Assert.Equal("阿福爱吃", kol.Title);
        Assert.Equal("抖音", kol.Fields["platform"]);
        Assert.Equal("美食", kol.Fields["vertical"]);
        Assert.Equal("海底捞、喜茶", kol.Fields["brands"]);
        Assert.Equal("https://www.douyin.com/user/abc", kol.Fields["profile_url"]);
        Assert.Equal(123000, kol.Metrics["followers"]);
        Assert.Equal(800, kol.Metrics["price_image"]);
        Assert.Equal(1500, kol.Metrics["price_video"]);
        Assert.Equal(0.008, kol.Metrics["engagement_rate"], 10);
    }

    [Fact]
    public async Task An_xlsx_with_a_title_row_and_merged_two_row_headers_is_read()
    {
        // Row 1: a title merged across; rows 2–3: 报价 merged over 图文 | 视频, the other headers merged down two rows;
        // rows 4–5: the 平台 cell merged down both KOL rows; row 6: no name.
        var path = _folder.File("kol.xlsx");
        new XlsxWriter()
            .Sheet(
                "KOL名单",
                [
                    ["2024年Q3 KOL推荐名单（内部资料）"],
                    ["昵称", "平台", "粉丝数", "垂类", "报价", null, "互动率", "合作品牌"],
                    [null, null, null, null, "图文", "视频", null, null],
                    ["星妈日记", "小红书", XlsxCell.Thousands(1_230_000), "母婴", XlsxCell.Thousands(20_000), "面议", XlsxCell.Percent(0.07 * 0.8), "飞鹤"],
                    ["奶爸小刘", null, "45.6万", "母婴/育儿", "¥8,000", "1.5w", XlsxCell.Percent(0.031), null],
                    [null, "抖音", "1w", "美食", "1000", "2000", "1%", null],
                ],
                "A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3", "B4:B5")
            .HiddenSheet("说明", [["这张表不是名单"]])
            .Save(path);

        var content = await Extract.FileAsync(path, "kol/KOL推荐名单.xlsx", AssetKind.KolList, ContentFormat.Xlsx);

        Assert.Equal("2024年Q3 KOL推荐名单（内部资料）", content.Title);
        Assert.Equal(2, content.Items.Count);
        var first = content.Items[0];
        Assert.Equal(1_230_000, first.Metrics["followers"]);
        Assert.Equal(20_000, first.Metrics["price_image"]);
        Assert.False(first.Metrics.ContainsKey("price_video"));
        // 0.07 × 0.8 is 0.05600000000000001 as a double; the cell shows 5.6 %, and so does the extraction.
        Assert.Equal(0.056, first.Metrics["engagement_rate"]);
        Assert.Equal("4", first.Fields["row"]);
        Assert.Equal("KOL名单", first.Fields["sheet"]);
        var second = content.Items[1];
        Assert.Equal("小红书", second.Fields["platform"]);
        Assert.Equal(456_000, second.Metrics["followers"]);
        Assert.Equal(8_000, second.Metrics["price_image"]);
        Assert.Equal(15_000, second.Metrics["price_video"]);
        Assert.Equal(0.031, second.Metrics["engagement_rate"]);
        Assert.Contains("sheet 'KOL名单' row 6: no 昵称 (name) value; row skipped", content.Warnings);
    }

    [Fact]
    public async Task An_xlsx_missing_a_required_column_is_rejected_naming_the_sheet_and_column()
    {
        var path = _folder.File("no_names.xlsx");
        new XlsxWriter().Sheet("名单", [["平台", "粉丝数", "垂类"], ["小红书", "12.3万", "母婴"]]).Save(path);

        var e = await Extract.RejectionAsync(path, "kol/no_names.xlsx", AssetKind.KolList, ContentFormat.Xlsx);

        Assert.Contains("'no_names.xlsx' (sheet '名单') has no 昵称 (name) column", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_kol_list_is_read_through_the_same_synonyms()
    {
        const string json = """
            {"data": {"kols": [
              {"nickname": "星妈日记", "platform": "小红书", "fans": "12.3万", "category": "母婴", "price": "¥2,000", "stats": {"engagement": "5.6%"}},
              {"nickname": "数码老王", "platform": "B站", "fans": 8000, "category": "数码"}
            ]}}
            """;
        var path = _folder.Write("kol.json", Encoding.UTF8.GetBytes(json));

        var content = await Extract.FileAsync(path, "kol/kol.json", AssetKind.KolList, ContentFormat.Json);

        Assert.Equal(2, content.Items.Count);
        Assert.Equal(123000, content.Items[0].Metrics["followers"]);
        Assert.Equal(2000, content.Items[0].Metrics["price"]);
        Assert.Equal(0.056, content.Items[0].Metrics["engagement_rate"]);
        Assert.Equal(8000, content.Items[1].Metrics["followers"]);
        Assert.Equal("2", content.Items[1].Fields["row"]);
    }

    [Fact]
    public async Task A_table_without_any_recognisable_header_is_rejected()
    {
        var path = _folder.Write("numbers.csv", Encoding.UTF8.GetBytes("a,b,c\n1,2,3\n4,5,6\n"));

        var e = await Extract.RejectionAsync(path, "kol/numbers.csv", AssetKind.KolList, ContentFormat.Csv);

        Assert.Contains("has no header row naming its columns", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_past_the_row_limit_are_left_out_with_a_warning()
    {
        var rows = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"达人{i},小红书,{i}万,母婴,1000,2000,1%,"));
        var path = _folder.Write("big.csv", Encoding.UTF8.GetBytes($"{Header}\n{rows}\n"));

        var content = await Extract.FileAsync(path, "kol/big.csv", AssetKind.KolList, ContentFormat.Csv, new ExtractionOptions { MaxRows = 11 });

        Assert.Equal(10, content.Items.Count);
        Assert.Contains(content.Warnings, w => w.Contains("MaxRows", StringComparison.Ordinal));
    }
}
