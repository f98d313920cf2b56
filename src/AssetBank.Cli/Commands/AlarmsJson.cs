using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AssetBank.Core.Similarity;

namespace AssetBank.Cli.Commands;

/// <summary>
/// <c>alarms list --json</c>: every alarm as recorded — both items, modality, score, shot and time ranges on both sides,
/// matched regions, copy passages, library and licence, review status — for scripts and legal's checks.
/// </summary>
internal static class AlarmsJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Write(IReadOnlyList<CopyrightAlarm> alarms) => JsonSerializer.Serialize(alarms, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
