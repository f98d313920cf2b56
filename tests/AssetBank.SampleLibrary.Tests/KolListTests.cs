using System.Globalization;
using System.Text;
using AssetBank.SampleLibrary.Manifest;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AssetBank.SampleLibrary.Tests;

[Collection(SampleLibraryGroup.Name)]
public sealed class KolListTests(SampleLibraryFixture library)
{
    private static readonly string[] Headers = ["昵称", "平台", "粉丝数", "垂类", "报价(图文)", "报价(视频)", "互动率", "合作品牌"];

    [Fact]
    public void Manifest_values_are_what_the_written_text_says()
    {
        foreach (var entry in library.OfKind(SampleKind.KolList))
        {
            var rows = entry.KolList!.Rows;
            Assert.InRange(rows.Count, 16, 30);
            foreach (var row in rows)
            {
                Assert.Equal(row.Followers, (long)AgencyNumberReader.Read(row.FollowersText)!.Value);
                Assert.Equal(row.PriceImage, AgencyNumberReader.Read(row.PriceImageText));
                Assert.Equal(row.PriceVideo, AgencyNumberReader.Read(row.PriceVideoText));
                Assert.Equal(row.Engagement, (double)AgencyNumberReader.Read(row.EngagementText)!.Value, 6);
            }

            // The notations a parser must handle all occur.
            var followers = rows.Select(r => r.FollowersText).ToList();
            Assert.Contains(followers, f => f.EndsWith('万') || f.EndsWith('w'));
            Assert.Contains(followers, f => f.EndsWith('亿'));
            Assert.Contains(rows, r => r.PriceImage is null || r.PriceVideo is null);
            Assert.Contains(rows, r => r.ThemeId == "muying");
        }
    }

    [Fact]
    public async Task The_csv_is_utf8_with_bom_and_matches_the_manifest_row_by_row()
    {
        var entry = library.OfKind(SampleKind.KolList).Single(e => e.Format == "csv");
        var bytes = await File.ReadAllBytesAsync(library.PathOf(entry.Path));
        Assert.True(bytes is [0xEF, 0xBB, 0xBF, ..]);
        var lines = CsvReader.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(1, entry.KolList!.HeaderRow);
        Assert.Equal(Headers, lines[0]);
        Assert.Equal(Headers, entry.KolList.Columns);
        Assert.Equal(entry.KolList.Rows.Count + 1, lines.Count);
        foreach (var row in entry.KolList.Rows)
        {
            var cells = lines[row.Row - 1];
            Assert.Equal(
                [row.Nickname, row.Platform, row.FollowersText, row.Vertical, row.PriceImageText, row.PriceVideoText, row.EngagementText, string.Join('、', row.Brands)],
                cells);
        }
    }

    [Fact]
    public void The_xlsx_is_valid_has_a_merged_title_row_and_matches_the_manifest()
    {
        var entry = library.OfKind(SampleKind.KolList).Single(e => e.Format == "xlsx");
        using var document = SpreadsheetDocument.Open(library.PathOf(entry.Path), isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var (sheetName, cells, merged) = XlsxReader.Read(document);
        var facts = entry.KolList!;
        Assert.Equal(facts.Sheet, sheetName);
        Assert.Equal(2, facts.HeaderRow);
        Assert.Contains("A1:H1", merged);
        Assert.Equal(entry.Title, cells["A1"].Text);
        for (var c = 0; c < Headers.Length; c++)
        {
            Assert.Equal(Headers[c], cells[$"{(char)('A' + c)}2"].Text);
        }

        foreach (var row in facts.Rows)
        {
            string Ref(char column) => string.Create(CultureInfo.InvariantCulture, $"{column}{row.Row}");
            Assert.Equal(row.Nickname, cells[Ref('A')].Text);
            Assert.Equal(row.Platform, cells[Ref('B')].Text);
            AssertShows(cells[Ref('C')], row.FollowersText, row.Followers);
            AssertShows(cells[Ref('E')], row.PriceImageText, row.PriceImage);
            AssertShows(cells[Ref('F')], row.PriceVideoText, row.PriceVideo);
            AssertShows(cells[Ref('G')], row.EngagementText, (decimal)row.Engagement);
        }

        // Some numbers are real number cells with a display format, as agency sheets mix both.
        Assert.Contains(cells.Values, c => c.Number is not null && c.NumberFormatId == 3);
        Assert.Contains(cells.Values, c => c.Number is not null && c.NumberFormatCode == "0.0%");
    }

    private static void AssertShows(XlsxCell cell, string text, decimal? value)
    {
        if (cell.Text is not null)
        {
            Assert.Equal(text, cell.Text);
        }
        else
        {
            Assert.Equal(value, cell.Number);
            var shown = cell.NumberFormatId switch
            {
                1 => cell.Number!.Value.ToString("0", CultureInfo.InvariantCulture),
                3 => cell.Number!.Value.ToString("#,##0", CultureInfo.InvariantCulture),
                _ when cell.NumberFormatCode == "0.0%" => (cell.Number!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
                _ => throw new InvalidOperationException($"Unexpected number format {cell.NumberFormatId}"),
            };
            Assert.Equal(text, shown);
        }
    }
}
