namespace AssetBank.Core.Assets;

/// <summary>
/// User-metadata keys, lower-case ASCII so they survive S3 (<c>x-amz-meta-*</c>) and HTTP header rules.
/// Values that are not ASCII (Chinese client names) are percent-encoded by the stores.
/// </summary>
public static class MetadataKeys
{
    public const string Client = "client";
    public const string Project = "project";
    public const string Channel = "channel";
    public const string Producer = "producer";
    public const string Created = "created";
    public const string AiGenerated = "ai-generated";
    public const string License = "license";
    public const string SourceLibrary = "source-library";
    public const string Title = "title";

    /// <summary>A producer's description of the work; searchable with the body text.</summary>
    public const string Description = "description";

    /// <summary>An id from another system (spreadsheet, another DAM), kept as the asset's external id.</summary>
    public const string ExternalId = "external-id";

    /// <summary>The kind a text-only import declares (copy, social, kol-list); detection still checks the bytes.</summary>
    public const string DeclaredKind = "kind";

    /// <summary>The account that uploaded the object through the web app; it may edit the asset's metadata later.</summary>
    public const string UploadedBy = "uploaded-by";
}
