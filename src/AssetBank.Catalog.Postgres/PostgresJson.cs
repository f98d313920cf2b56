using System.Text.Json;
using System.Text.Json.Serialization;

namespace AssetBank.Catalog.Postgres;

/// <summary>Derived data in JSON text columns, written exactly as the embedded catalog writes it (enums by name).</summary>
internal static class PostgresJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string? Serialize<T>(T? value)
        where T : class => value is null ? null : JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string? json)
        where T : class => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<T>(json, Options);
}
