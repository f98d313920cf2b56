using System.Globalization;
using System.Text.Json;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using AssetBank.Core.Rights;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AssetBank.Application.Reuse;

/// <summary>Reads a brief file (<c>.json</c> as JSON, anything else as YAML) and prices it from the rate card.</summary>
/// <remarks>Every problem in the file is reported at once, each naming the line, so a strategist fixes a brief in one pass.</remarks>
public static class BriefReader
{
    /// <summary>A unit cost this many times the card's is taken for a typo, not a negotiated price.</summary>
    private const decimal AbsurdCostFactor = 100m;
    private const decimal UncardedMaxQuantity = 10_000m;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static async Task<ProjectBrief> ReadAsync(string path, RateCard card, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RequestRejectedException($"brief {path}", $"cannot be read: {e.Message}");
        }

        return Price(Parse(path, text), card, path);
    }

    public static BriefDocument Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var document = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? JsonSerializer.Deserialize<BriefDocument>(text, Json)
                : Yaml.Deserialize<BriefDocument>(text);
            return document ?? throw new RequestRejectedException($"brief {name}", "is empty");
        }
        catch (JsonException e)
        {
            throw new RequestRejectedException($"brief {name}", $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        catch (YamlException e)
        {
            throw new RequestRejectedException($"brief {name}", $"is not a valid brief (line {e.Start.Line}): {(e.InnerException ?? e).Message}");
        }
    }

    public static ProjectBrief Price(BriefDocument document, RateCard card, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<string>();
        var code = Clean(document.Code);
        if (code is null)
        {
            problems.Add("code is missing (the project's code, e.g. ANZHI-2026-NIGHT)");
        }
        else if (code.Length > 64 || code.Any(char.IsControl))
        {
            problems.Add("code must be at most 64 printable characters");
        }

        var client = Clean(document.Client);
        if (client is null)
        {
            problems.Add("client is missing");
        }

        var start = Date(document.Start, "start", problems);
        var end = Date(document.End, "end", problems);
        if (start is { } s && end is { } e && e < s)
        {
            problems.Add($"end {e:yyyy-MM-dd} is before start {s:yyyy-MM-dd}");
        }

        var media = RightsTerms(document.Media, RightsVocabulary.Media, "media", problems);
        var territories = RightsTerms(document.Territories, RightsVocabulary.Territories, "territories", problems);
        var lines = new List<DeliverableLine>();
        var written = document.Lines ?? [];
        if (written.Count == 0)
        {
            problems.Add("lines is empty: a brief plans at least one deliverable");
        }

        for (var i = 0; i < written.Count; i++)
        {
            if (PriceLine(written[i], i + 1, card, problems) is { } line)
            {
                lines.Add(line);
            }
        }

        foreach (var duplicate in lines.GroupBy(l => l.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"line id '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        if (problems.Count > 0)
        {
            throw new RequestRejectedException($"brief {name}", string.Join("; ", problems));
        }

        var target = document.Target ?? new BriefTargetDocument();
        return new ProjectBrief
        {
            Code = code!,
            Name = Clean(document.Name),
            Client = client!,
            Industry = Clean(document.Industry) ?? Clean(target.Industry),
            Team = Clean(document.Team),
            Producer = Clean(document.Producer),
            Strategist = Clean(document.Strategist),
            PlannedStart = start,
            PlannedEnd = end,
            Media = media,
            Territories = territories,
            Target = new DimensionTarget(Clean(target.Industry), Clean(target.Scenario), Clean(target.Emotion), Clean(target.Relationship)),
            Lines = lines,
            RateCardVersion = card.Version,
        };
    }

    private static DeliverableLine? PriceLine(BriefLineDocument written, int number, RateCard card, List<string> problems)
    {
        var id = Clean(written.Id) ?? "L" + number.ToString(CultureInfo.InvariantCulture);
        var where = $"line {number} ({id})";
        var kind = Clean(written.Kind);
        var before = problems.Count;
        var entry = kind is null ? null : card.Find(kind);
        if (kind is null)
        {
            problems.Add($"{where}: kind is missing (one of: {string.Join(", ", card.Entries.Select(e => e.Kind))})");
        }
        else if (entry is null && !DeliverableKinds.IsStandard(kind))
        {
            problems.Add($"{where}: unknown kind '{kind}' (one of: {string.Join(", ", card.Entries.Select(e => e.Kind))})");
        }
        else if (entry is null && written.UnitCost is null)
        {
            problems.Add($"{where}: rate card {card.Version} has no entry for '{kind}'; add one to the card, or give unit_cost with unit_cost_reason");
        }

        var quantity = written.Quantity;
        var max = entry?.MaxQuantity ?? UncardedMaxQuantity;
        if (quantity is null)
        {
            problems.Add($"{where}: quantity is missing");
        }
        else if (quantity <= 0)
        {
            problems.Add($"{where}: quantity {quantity.Value.ToString(CultureInfo.InvariantCulture)} must be above zero");
        }
        else if (quantity > max)
        {
            problems.Add($"{where}: quantity {quantity.Value.ToString(CultureInfo.InvariantCulture)} is absurd for {kind} (at most {max.ToString(CultureInfo.InvariantCulture)})");
        }

        var reason = Clean(written.UnitCostReason);
        var unitCost = written.UnitCost ?? entry?.UnitCost ?? 0m;
        if (written.UnitCost is { } given && given != entry?.UnitCost)
        {
            if (given <= 0)
            {
                problems.Add($"{where}: unit_cost {given.ToString(CultureInfo.InvariantCulture)} must be above zero");
            }
            else if (entry is not null && given > entry.UnitCost * AbsurdCostFactor)
            {
                problems.Add($"{where}: unit_cost {given.ToString(CultureInfo.InvariantCulture)} is over {AbsurdCostFactor.ToString(CultureInfo.InvariantCulture)}× the card's {entry.UnitCost.ToString(CultureInfo.InvariantCulture)}");
            }

            if (reason is null)
            {
                problems.Add($"{where}: unit_cost differs from the rate card ({entry?.UnitCost.ToString(CultureInfo.InvariantCulture) ?? "no entry"}); say why in unit_cost_reason");
            }
        }
        else
        {
            reason = null;
        }

        return problems.Count > before
            ? null
            : new DeliverableLine(id, entry?.Kind ?? kind!, quantity!.Value, unitCost, entry?.Unit ?? RateUnit.Piece, Clean(written.Description), reason);
    }

    // Null when not given, so briefs stored before media existed read and serialise exactly as before.
    private static List<string>? RightsTerms(List<string>? written, IReadOnlyList<RightsTerm> vocabulary, string field, List<string> problems)
    {
        var ids = new List<string>();
        foreach (var value in written ?? [])
        {
            if (vocabulary.FirstOrDefault(t => t.Matches(value)) is { } term)
            {
                ids.Add(term.Id);
            }
            else
            {
                problems.Add($"{field}: unknown '{value}' (known: {string.Join("、", vocabulary.Select(t => t.Chinese))})");
            }
        }

        return ids.Count == 0 ? null : ids.Distinct(StringComparer.Ordinal).ToList();
    }

    private static DateOnly? Date(string? value, string field, List<string> problems)
    {
        if (Clean(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{field} '{text}' is not a date (yyyy-MM-dd)");
        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
