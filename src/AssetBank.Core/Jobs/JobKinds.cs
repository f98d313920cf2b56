namespace AssetBank.Core.Jobs;

/// <summary>
/// What a job's object probably is, from its key's extension, recorded when the job is queued so that a worker can
/// claim images in batches. Only a scheduling hint: the pipeline still recognises the content from its bytes.
/// </summary>
public static class JobKinds
{
    public const string Image = "image";
    public const string Video = "video";
    public const string Other = "other";

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".avif",
    };

    private static readonly HashSet<string> VideoExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".ts", ".mxf", ".wmv", ".flv",
    };

    public static string FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var extension = Path.GetExtension(key);
        return ImageExtensions.Contains(extension) ? Image : VideoExtensions.Contains(extension) ? Video : Other;
    }
}
