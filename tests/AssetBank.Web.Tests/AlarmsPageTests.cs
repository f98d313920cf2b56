using System.Text;
using AssetBank.Core.Accounts;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.DependencyInjection;

namespace AssetBank.Web.Tests;

/// <summary>The alarm page shows each alarm the way its modality is reviewed: copy passages side by side, a track's time ranges on both sides.</summary>
public sealed class AlarmsPageTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    [Fact]
    public async Task A_copy_alarm_shows_both_passages_and_an_audio_alarm_both_time_ranges()
    {
        using var producer = await SignedInClient.ForRoleAsync(_factory, UserRole.Producer, "alarm-producer");
        using var leadership = await SignedInClient.ForRoleAsync(_factory, UserRole.Leadership, "alarm-lead");
        Assert.Equal("Processed", (await WebUploads.UploadAsync(producer, "slogan.txt", null, Encoding.UTF8.GetBytes("怕上火就喝清泉山凉茶，夏天就要这一口。")))[0].GetProperty("status").GetString());
        var copyId = await WebUploads.AssetIdAsync(producer, "安稚/夜醒季/slogan.txt");
        var passage = new MatchedPassage(0, 10, 3, 11, "怕上火就喝清泉山凉茶", "怕上火，就喝清泉山凉茶");
        var now = DateTimeOffset.UtcNow;
        var alarms = _factory.Services.GetRequiredService<IAlarmStore>();
        await alarms.RecordCheckAsync(copyId, "e1", "v1", [Alarm(copyId, "slogan.txt", "copy", now) with { Passages = [passage] }], CancellationToken.None);
        await alarms.RecordCheckAsync(copyId + 1000, "e1", "v1", [Alarm(copyId + 1000, "ad.mp4", "audio", now) with { StartSeconds = 5, EndSeconds = 35.5, ReferenceStartSeconds = 70, ReferenceEndSeconds = 100.5 }], CancellationToken.None);

        var html = await leadership.Client.GetStringAsync("/alarms");

        Assert.Contains("data-testid=\"passages\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>怕上火就喝清泉山凉茶</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>怕上火，就喝清泉山凉茶</mark>", html, StringComparison.Ordinal);
        Assert.Contains("字符 3–14", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audio-match\"", html, StringComparison.Ordinal);
        Assert.Contains("00:05–00:35", html, StringComparison.Ordinal);
        Assert.Contains("01:10–01:40", html, StringComparison.Ordinal);
        Assert.Contains($"/api/assets/{copyId + 1000}/content#t=5,35.5", html, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static CopyrightAlarm Alarm(long assetId, string key, string modality, DateTimeOffset at) => new()
    {
        AssetId = assetId,
        AssetKey = key,
        Modality = modality,
        Percent = 92.5,
        ReferenceId = 1,
        Library = "星海音乐",
        Licence = "XH-M-0451",
        ReferenceItem = modality == "copy" ? "竞品/凉茶.txt" : "tracks/theme.m4a",
        RaisedAt = at,
    };
}
