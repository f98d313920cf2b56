using System.Globalization;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>Checks written terms and turns them into a <see cref="RightsGrant"/>, naming every bad field.</summary>
public static class RightsGrantReader
{
    private static readonly string[] Yes = ["yes", "y", "true", "1", "是", "独家", "exclusive"];
    private static readonly string[] No = ["no", "n", "false", "0", "否", "非独家", "non-exclusive", "nonexclusive", ""];

    /// <returns>The grant, or null when <paramref name="problems"/> got at least one entry for it.</returns>
    public static RightsGrant? Read(RightsGrantText text, string row, ICollection<RightsProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problems);
        var before = problems.Count;
        void Problem(string field, string problem) => problems.Add(new RightsProblem(row, field, problem));

        int? shot = null;
        if (!string.IsNullOrWhiteSpace(text.Shot))
        {
            if (int.TryParse(text.Shot.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                shot = index;
            }
            else
            {
                Problem("shot", $"'{text.Shot}' 不是镜头序号 (not a shot index: 0, 1, 2…)");
            }
        }

        LicenceType? type = null;
        if (!string.IsNullOrWhiteSpace(text.LicenceType))
        {
            type = LicenceTypes.Parse(text.LicenceType);
            if (type is null)
            {
                Problem("licence_type", $"未知授权类型 '{text.LicenceType}' (unknown licence type; known: {string.Join(", ", LicenceTypes.All.Select(t => $"{t.Id} {t.Chinese}"))})");
            }
        }

        var media = Terms(text.Media, RightsVocabulary.Media, "media", "媒介", Problem);
        var territories = Terms(text.Territory, RightsVocabulary.Territories, "territory", "地域", Problem);
        var start = Date(text.Start, "start", Problem)?.First;
        var end = Date(text.End, "end", Problem)?.Last;
        if (start is { } s && end is { } e && e < s)
        {
            Problem("end", $"结束日期 {e:yyyy-MM-dd} 早于开始日期 {s:yyyy-MM-dd} (end is before start)");
        }

        var exclusive = false;
        var flag = text.Exclusive?.Trim().ToLowerInvariant() ?? string.Empty;
        if (Yes.Contains(flag))
        {
            exclusive = true;
        }
        else if (!No.Contains(flag))
        {
            Problem("exclusive", $"'{text.Exclusive}' 应为 是/否 (write yes or no)");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new RightsGrant
        {
            ShotIndex = shot,
            Holder = Clean(text.Holder),
            LicenceType = type,
            StockLibrary = Clean(text.StockLibrary),
            LicenceId = Clean(text.LicenceId),
            Media = media,
            Territories = territories,
            Start = start,
            End = end,
            Exclusive = exclusive,
            Restrictions = Clean(text.Restrictions),
            Documents = RightsVocabulary.SplitList(text.Documents),
        };
    }

    /// <summary>The grant written back as text; reading it again gives the same grant.</summary>
    public static RightsGrantText Write(RightsGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new RightsGrantText(
            grant.ShotIndex?.ToString(CultureInfo.InvariantCulture),
            grant.Holder,
            grant.LicenceType is { } type ? LicenceTypes.ToWire(type) : null,
            grant.StockLibrary,
            grant.LicenceId,
            string.Join('、', grant.Media.Select(m => RightsVocabulary.Medium(m).Chinese)),
            string.Join('、', grant.Territories.Select(t => RightsVocabulary.Territory(t).Chinese)),
            grant.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            grant.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            grant.Exclusive ? "yes" : "no",
            grant.Restrictions,
            string.Join('、', grant.Documents));
    }

    private static List<string> Terms(string? text, IReadOnlyList<RightsTerm> vocabulary, string field, string chinese, Action<string, string> problem)
    {
        var ids = new List<string>();
        foreach (var part in RightsVocabulary.SplitList(text))
        {
            if (vocabulary.FirstOrDefault(t => t.Matches(part)) is { } term)
            {
                if (!ids.Contains(term.Id))
                {
                    ids.Add(term.Id);
                }
            }
            else
            {
                problem(field, $"未知{chinese} '{part}' (unknown {field}; known: {string.Join("、", vocabulary.Select(t => t.Chinese))})");
            }
        }

        return ids;
    }

    private static RightsDate? Date(string? text, string field, Action<string, string> problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var date = RightsDateParser.TryParse(text, out var why);
        if (date is null)
        {
            problem(field, why!);
        }

        return date;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
