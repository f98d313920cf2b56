using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Core.Errors;

namespace AssetBank.Web.Endpoints;

/// <summary>An asset's producer metadata as the API and the asset page's form send it (the same fields as an upload).</summary>
/// <param name="Created">yyyy-MM-dd, or empty.</param>
public sealed record MetadataBody(
    string? Title,
    string? Description,
    string? Client,
    string? Project,
    string? Channel,
    string? Producer,
    string? Created,
    bool AiGenerated,
    string? Licence)
{
    /// <exception cref="RequestRejectedException">The date is not yyyy-MM-dd.</exception>
    public AssetMetadata ToMetadata()
    {
        DateOnly? created = null;
        if (!string.IsNullOrWhiteSpace(Created))
        {
            if (!DateOnly.TryParseExact(Created.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new RequestRejectedException("创作日期 (created)", $"'{Created}' 不是 yyyy-MM-dd 日期 (not a yyyy-MM-dd date)");
            }

            created = date;
        }

        return new AssetMetadata(Client, Project, Channel, Producer, created, AiGenerated, Licence, Title: Title, Description: Description);
    }
}
