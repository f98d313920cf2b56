using AssetBank.Application.Reuse;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;

namespace AssetBank.Reuse.Tests;

public sealed class BriefReaderTests
{
    private const string Yaml = """
        code: ANZHI-2026-NIGHT
        name: 安稚恒温暖奶器 夜醒季
        client: 安稚
        team: 上海二组
        producer: 王小明
        start: 2026-07-01
        end: 2026-09-30
        target:
          industry: 母婴
          scenario: 夜醒
          emotion: 焦虑
          relationship: 新手爸爸
        lines:
          - id: tvc
            kind: tvc-second
            quantity: 30
            description: 新手爸爸半夜哄娃
          - id: notes
            kind: xhs-note
            quantity: 10
            unit_cost: 2500
            unit_cost_reason: 达人包年价
        """;

    private static readonly RateCard Card = new("test-1", "CNY", "tests", [
        new RateCardEntry("tvc-second", "TVC 成片（每秒）", RateUnit.Second, 8000, ["video"], [], 600),
        new RateCardEntry("xhs-note", "小红书笔记", RateUnit.Piece, 3000, ["social"], ["小红书"], 2000),
    ]);

    [Fact]
    public void A_YAML_brief_is_priced_from_the_card_with_its_overrides_and_reasons()
    {
        var brief = BriefReader.Price(BriefReader.Parse("brief.yaml", Yaml), Card, "brief.yaml");

        Assert.Equal("ANZHI-2026-NIGHT", brief.Code);
        Assert.Equal("母婴", brief.Industry);
        Assert.Equal(new DateOnly(2026, 7, 1), brief.PlannedStart);
        Assert.Equal(["母婴", "夜醒", "焦虑", "新手爸爸"], brief.Target.Terms);
        Assert.Equal(240_000m, brief.Lines[0].PlannedCost);
        Assert.Equal(RateUnit.Second, brief.Lines[0].Unit);
        Assert.Equal(2500m, brief.Lines[1].UnitCost);
        Assert.Equal("达人包年价", brief.Lines[1].UnitCostReason);
        Assert.Equal("test-1", brief.RateCardVersion);
    }

    [Fact]
    public void A_JSON_brief_reads_the_same_as_the_YAML_one()
    {
        const string json = """
            { "code": "ANZHI-2026-NIGHT", "name": "安稚恒温暖奶器 夜醒季", "client": "安稚", "team": "上海二组", "producer": "王小明",
              "start": "2026-07-01", "end": "2026-09-30",
              "target": { "industry": "母婴", "scenario": "夜醒", "emotion": "焦虑", "relationship": "新手爸爸" },
              "lines": [ { "id": "tvc", "kind": "tvc-second", "quantity": 30, "description": "新手爸爸半夜哄娃" },
                         { "id": "notes", "kind": "xhs-note", "quantity": 10, "unit_cost": 2500, "unit_cost_reason": "达人包年价" } ] }
            """;

        var fromJson = BriefReader.Price(BriefReader.Parse("brief.json", json), Card, "brief.json");
        var fromYaml = BriefReader.Price(BriefReader.Parse("brief.yaml", Yaml), Card, "brief.yaml");

        Assert.Equal(fromYaml with { Lines = [], Target = DimensionTarget.None }, fromJson with { Lines = [], Target = DimensionTarget.None });
        Assert.Equal(fromYaml.Lines, fromJson.Lines);
        Assert.Equal(fromYaml.Target, fromJson.Target);
    }

    [Theory]
    [InlineData("kind: tvc-secs\n    quantity: 30", "unknown kind 'tvc-secs'")]
    [InlineData("kind: tvc-second\n    quantity: -5", "quantity -5 must be above zero")]
    [InlineData("kind: tvc-second\n    quantity: 0", "quantity 0 must be above zero")]
    [InlineData("kind: tvc-second\n    quantity: 100000", "quantity 100000 is absurd for tvc-second (at most 600)")]
    [InlineData("kind: music-licence\n    quantity: 1", "rate card test-1 has no entry for 'music-licence'")]
    [InlineData("kind: xhs-note\n    quantity: 3\n    unit_cost: 900", "unit_cost differs from the rate card (3000); say why in unit_cost_reason")]
    [InlineData("kind: xhs-note\n    quantity: 3\n    unit_cost: 9000000\n    unit_cost_reason: typo", "is over 100× the card's 3000")]
    [InlineData("kind: tvc-second", "quantity is missing")]
    public void Bad_lines_are_refused_naming_the_line_and_the_problem(string line, string expected)
    {
        var yaml = $"code: P1\nclient: 安稚\nlines:\n  - id: bad\n    {line}\n";

        var error = Assert.Throws<RequestRejectedException>(() => BriefReader.Price(BriefReader.Parse("b.yaml", yaml), Card, "b.yaml"));

        Assert.Contains("line 1 (bad)", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_brief_is_reported_at_once()
    {
        const string yaml = "lines:\n  - kind: nope\n    quantity: 1\n  - kind: tvc-second\n    quantity: -1\nstart: 2026-13-01\n";

        var error = Assert.Throws<RequestRejectedException>(() => BriefReader.Price(BriefReader.Parse("b.yaml", yaml), Card, "b.yaml"));

        Assert.Contains("code is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("client is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("start '2026-13-01' is not a date", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1 (L1): unknown kind 'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2 (L2): quantity -1 must be above zero", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_and_a_word_for_a_number_are_refused_with_the_line_of_the_file()
    {
        var typo = Assert.Throws<RequestRejectedException>(() => BriefReader.Parse("b.yaml", "code: P1\nclinet: 安稚\n"));
        var words = Assert.Throws<RequestRejectedException>(() => BriefReader.Parse("b.yaml", "code: P1\nlines:\n  - kind: shot\n    quantity: 三十\n"));

        Assert.Contains("line 2", typo.Message, StringComparison.Ordinal);
        Assert.Contains("line 4", words.Message, StringComparison.Ordinal);
    }
}
