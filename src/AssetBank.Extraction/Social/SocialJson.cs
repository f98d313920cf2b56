using System.Text.Encodings.Web;
using System.Text.Json;

namespace AssetBank.Extraction.Social;

/// <summary>JSON written into item fields: camelCase, Chinese left readable.</summary>
internal static class SocialJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
