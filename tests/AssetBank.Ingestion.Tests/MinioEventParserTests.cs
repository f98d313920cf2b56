using AssetBank.Ingestion.Notifications;

namespace AssetBank.Ingestion.Tests;

public sealed class MinioEventParserTests
{
    [Fact]
    public void Reads_a_put_event_with_an_encoded_chinese_key()
    {
        var events = MinioEventParser.Parse(Fixture("minio-put-event.json"));

        var e = Assert.Single(events);
        Assert.Equal(BucketEventKind.Created, e.Kind);
        Assert.Equal("assetbank", e.Bucket);
        Assert.Equal("客户/夜醒 视频.mp4", e.Key);
        Assert.Equal(1048576, e.Size);
        Assert.Equal("5d41402abc4b2a76b9719d911017c592", e.ETag);
    }

    [Fact]
    public void Reads_a_delete_event()
    {
        var e = Assert.Single(MinioEventParser.Parse(Fixture("minio-delete-event.json")));

        Assert.Equal(BucketEventKind.Removed, e.Kind);
        Assert.Equal("copy/old-brief.docx", e.Key);
        Assert.Null(e.Size);
    }

    [Fact]
    public void Reads_a_multipart_completion_as_created()
    {
        var e = Assert.Single(MinioEventParser.Parse(Fixture("minio-multipart-event.json")));

        Assert.Equal(BucketEventKind.Created, e.Kind);
        Assert.Equal("tvc/2026/新手爸爸_final.mov", e.Key);
        Assert.Equal("9b2cf535f27731c974343645a3985328-14", e.ETag);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"Records\": 3}")]
    [InlineData("{\"Records\": [{\"eventName\": \"s3:ObjectCreated:Put\", \"s3\": {}}]}")]
    public void Rejects_payloads_that_are_not_bucket_events(string body)
    {
        var error = Assert.Throws<NotificationFormatException>(() => MinioEventParser.Parse(body));

        Assert.StartsWith("Bucket notification rejected", error.Message, StringComparison.Ordinal);
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
