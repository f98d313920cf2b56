namespace AssetBank.Core.Assets;

/// <summary>Producer-facing metadata, carried as object user metadata (see <see cref="MetadataKeys"/>).</summary>
public sealed record AssetMetadata(
    string? Client = null,
    string? Project = null,
    string? Channel = null,
    string? Producer = null,
    DateOnly? Created = null,
    bool AiGenerated = false,
    string? License = null,
    string? SourceLibrary = null,
    string? Title = null,
    string? Description = null)
{
    public static AssetMetadata Empty { get; } = new();

    /// <summary>Reads metadata from an object's user metadata; unknown keys are ignored, bad dates dropped.</summary>
    public static AssetMetadata FromUserMetadata(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        string? Get(string key) =>
            metadata.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        DateOnly? created = DateOnly.TryParse(Get(MetadataKeys.Created), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        var ai = Get(MetadataKeys.AiGenerated) is { } flag &&
                 (flag.Equals("true", StringComparison.OrdinalIgnoreCase) || flag == "1" || flag.Equals("yes", StringComparison.OrdinalIgnoreCase));
        return new AssetMetadata(
            Get(MetadataKeys.Client),
            Get(MetadataKeys.Project),
            Get(MetadataKeys.Channel),
            Get(MetadataKeys.Producer),
            created,
            ai,
            Get(MetadataKeys.License),
            Get(MetadataKeys.SourceLibrary),
            Get(MetadataKeys.Title),
            Get(MetadataKeys.Description));
    }

    /// <summary>The user metadata to store with an uploaded object.</summary>
    public IReadOnlyDictionary<string, string> ToUserMetadata()
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Put(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                result[key] = value;
            }
        }

        Put(MetadataKeys.Client, Client);
        Put(MetadataKeys.Project, Project);
        Put(MetadataKeys.Channel, Channel);
        Put(MetadataKeys.Producer, Producer);
        Put(MetadataKeys.Created, Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Put(MetadataKeys.AiGenerated, AiGenerated ? "true" : null);
        Put(MetadataKeys.License, License);
        Put(MetadataKeys.SourceLibrary, SourceLibrary);
        Put(MetadataKeys.Title, Title);
        Put(MetadataKeys.Description, Description);
        return result;
    }
}
