namespace AssetBank.Extraction.Social;

/// <summary>The comments of one source video, gathered while reading an export.</summary>
internal sealed class ThreadBuilder
{
    public ThreadBuilder(string videoId)
    {
        VideoId = videoId;
    }

    public string VideoId { get; }

    public string? Url { get; set; }

    public string? Platform { get; set; }

    public List<ThreadComment> Comments { get; } = [];
}
