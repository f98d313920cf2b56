using System.Text.Json;
using System.Text.Json.Serialization;
using AssetBank.Core.Errors;
using AssetBank.Core.Reuse;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Reuse;

/// <summary>Reads and checks the rate card named by <see cref="ReuseOptions.RateCardPath"/> (or the shipped one).</summary>
public sealed class RateCardFile(IOptions<ReuseOptions> options)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string Path => string.IsNullOrWhiteSpace(options.Value.RateCardPath) ? ReuseOptions.DefaultRateCardPath : options.Value.RateCardPath;

    public async Task<RateCard> LoadAsync(CancellationToken cancellationToken)
    {
        RateCard? card;
        try
        {
            await using var stream = File.OpenRead(Path);
            card = await JsonSerializer.DeserializeAsync<RateCard>(stream, Json, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RequestRejectedException($"rate card {Path}", $"cannot be read ({e.Message}); set Reuse:RateCardPath");
        }
        catch (JsonException e)
        {
            throw new RequestRejectedException($"rate card {Path}", $"is not valid JSON at line {e.LineNumber + 1}: {e.Message}");
        }

        return Check(card);
    }

    private RateCard Check(RateCard? card)
    {
        if (card is null || string.IsNullOrWhiteSpace(card.Version) || card.Entries is null)
        {
            throw new RequestRejectedException($"rate card {Path}", "needs a version and entries");
        }

        var problems = new List<string>();
        foreach (var group in card.Entries.GroupBy(e => e.Kind ?? string.Empty, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"kind '{group.Key}' appears {group.Count()} times");
        }

        foreach (var entry in card.Entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Kind))
            {
                problems.Add("an entry has no kind");
            }
            else if (entry.UnitCost <= 0 || entry.MaxQuantity <= 0)
            {
                problems.Add($"'{entry.Kind}' needs a unitCost and a maxQuantity above zero");
            }
        }

        return problems.Count == 0
            ? card with { Entries = card.Entries.Select(e => e with { AssetKinds = e.AssetKinds ?? [], Channels = e.Channels ?? [] }).ToList() }
            : throw new RequestRejectedException($"rate card {Path} (version {card.Version})", string.Join("; ", problems));
    }
}
