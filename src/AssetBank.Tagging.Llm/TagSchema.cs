using System.Text;
using System.Text.Json;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Llm;

/// <summary>
/// The answer's JSON schema, built at run time from the taxonomy: per item an id and, per dimension, an array of
/// {label, confidence, evidence} whose label is an enum of that dimension's Chinese labels. Strict-mode compatible:
/// every property required, no additional properties.
/// </summary>
internal static class TagSchema
{
    public const string Name = "asset_tags";

    public static string Build(Taxonomy taxonomy)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("items");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("id");
            json.WriteString("type", "string");
            json.WriteEndObject();
            foreach (var dimension in TagDimensions.All)
            {
                WriteDimension(json, dimension, taxonomy.TermsOf(dimension).Select(t => t.Label));
            }

            json.WriteEndObject();
            WriteRequired(json, ["id", .. TagDimensions.All.Select(TagDimensions.ToWire)]);
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            WriteRequired(json, ["items"]);
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDimension(Utf8JsonWriter json, TagDimension dimension, IEnumerable<string> labels)
    {
        json.WriteStartObject(TagDimensions.ToWire(dimension));
        json.WriteString("type", "array");
        json.WriteString("description", TagDimensions.ToChinese(dimension));
        json.WriteStartObject("items");
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject("label");
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var label in labels)
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("confidence");
        json.WriteString("type", "number");
        json.WriteEndObject();
        json.WriteStartObject("evidence");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        WriteRequired(json, ["label", "confidence", "evidence"]);
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRequired(Utf8JsonWriter json, IEnumerable<string> names)
    {
        json.WriteStartArray("required");
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }
}
