using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssetBank.Catalog.Sqlite;

/// <summary>How derived data is stored in JSON columns: enums by name, so the text stays readable in SQL.</summary>
internal static class CatalogJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string? Serialize<T>(T? value)
        where T : class => value is null ? null : JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string? json)
        where T : class => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<T>(json, Options);
}
