namespace AssetBank.Cli.Tests;

/// <summary>upload → ingest → status through the real program against the real S3 test server.</summary>
public sealed class S3EndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("assetbank-s3-e2e-").FullName;

    [Fact]
    public async Task Uploads_and_ingests_through_the_s3_server_with_chinese_metadata()
    {
        var bucket = $"e2e-{Guid.NewGuid():N}"[..24];
        var copy = Path.Combine(_folder, "夜醒文案.txt");
        await File.WriteAllTextAsync(copy, "凌晨三点，宝宝又醒了。新手爸爸手忙脚乱地冲奶粉。");
        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(empty, string.Empty);
        string[] s3 = [.. S3Settings(bucket), "--data", _folder];

        var upload = await CliProcess.RunAsync(["upload", copy, empty, "--client", "贝贝乳业", "--project", "夜醒计划", "--channel", "小红书", .. s3]);
        var again = await CliProcess.RunAsync(["ingest", .. s3]);
        var status = await CliProcess.RunAsync(["status", .. s3]);

        Assert.True(upload.ExitCode == 1, $"one of two files is empty, so upload reports a failure: {upload.Output}{upload.Error}");
        Assert.Contains("贝贝乳业/夜醒计划/夜醒文案.txt", upload.Error, StringComparison.Ordinal);
        Assert.Contains("empty object (0 bytes)", upload.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("新处理 0", again.Output, StringComparison.Ordinal);
        Assert.Contains("未变化 2", again.Output, StringComparison.Ordinal);
        Assert.Contains("合计", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_give_a_clear_error_naming_the_endpoint()
    {
        var endpoint = Environment.GetEnvironmentVariable("ASSETBANK_TEST_S3_ENDPOINT") ?? "127.0.0.1:7480";
        var result = await CliProcess.RunAsync(
            "ingest", "--data", _folder,
            "--set", "Store:Provider=Minio", "--set", $"Store:Minio:Endpoint={endpoint}", "--set", "Store:Minio:Bucket=whatever",
            "--set", "Store:Minio:AccessKey=nobody", "--set", "Store:Minio:SecretKey=wrong-secret");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(endpoint, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] S3Settings(string bucket)
    {
        var endpoint = Environment.GetEnvironmentVariable("ASSETBANK_TEST_S3_ENDPOINT") ?? "127.0.0.1:7480";
        var access = Environment.GetEnvironmentVariable("ASSETBANK_TEST_S3_ACCESS_KEY") ?? "minioadmin";
        var secret = Environment.GetEnvironmentVariable("ASSETBANK_TEST_S3_SECRET_KEY") ?? "minioadmin";
        return
        [
            "--set", "Store:Provider=Minio",
            "--set", $"Store:Minio:Endpoint={endpoint}",
            "--set", $"Store:Minio:Bucket={bucket}",
            "--set", $"Store:Minio:AccessKey={access}",
            "--set", $"Store:Minio:SecretKey={secret}",
        ];
    }
}
