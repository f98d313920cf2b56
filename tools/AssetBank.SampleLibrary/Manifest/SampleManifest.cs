using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace AssetBank.SampleLibrary.Manifest;

/// <summary>
/// The ground truth of a generated sample library (<c>manifest.json</c> at its root). Everything in it is a
/// function of the generator version, the size and the seed, so two runs with the same inputs write the
/// same manifest even where encoders write different bytes.
/// </summary>
public sealed record SampleManifest(
    int SchemaVersion,
    string Generator,
    string GeneratorVersion,
    int Seed,
    string Size,
    IReadOnlyList<ThemeDefinition> Themes,
    IReadOnlyList<ManifestEntry> Entries,
    SimilarityTruth Similarity,
    IReadOnlyList<SampleQuery> Queries)
{
    public const int CurrentSchemaVersion = 1;

    public const string FileName = "manifest.json";

    /// <summary>Options that write readable Chinese, camelCase names and kebab-case enums.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = CreateJsonOptions();

    /// <summary>The entry for a relative path, or null.</summary>
    public ManifestEntry? Find(string path) => Entries.FirstOrDefault(e => string.Equals(e.Path, path, StringComparison.Ordinal));

    /// <summary>Reads a manifest; fails when the file is not one or its schema version is unknown.</summary>
    public static async Task<SampleManifest> LoadAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var manifest = await JsonSerializer.DeserializeAsync<SampleManifest>(stream, JsonOptions, ct)
            ?? throw new InvalidDataException($"{path}: the manifest is empty (JSON null).");
        if (manifest.SchemaVersion != CurrentSchemaVersion)
        {
            throw new InvalidDataException(
                $"{path}: manifest schema version {manifest.SchemaVersion} is not supported (expected {CurrentSchemaVersion}).");
        }

        return manifest;
    }

    /// <summary>Writes the manifest as indented UTF-8 JSON without a BOM.</summary>
    public async Task SaveAsync(string path, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await JsonSerializer.SerializeAsync(stream, this, JsonOptions, ct);
    }

    /// <summary>The manifest as JSON text (used to compare two plans).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Chinese stays readable in the file; the manifest is never embedded in HTML.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
