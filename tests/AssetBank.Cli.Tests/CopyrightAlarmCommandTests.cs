using SkiaSharp;
using static AssetBank.Cli.Tests.TestScenes;

namespace AssetBank.Cli.Tests;

/// <summary><c>reference import</c>, the alarm check after ingest, and <c>alarms list</c> through the real CLI.</summary>
public sealed class CopyrightAlarmCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "assetbank-alarms-" + Guid.NewGuid().ToString("N"));

    public CopyrightAlarmCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "refs"));
        Directory.CreateDirectory(Path.Combine(_root, "data", "store", "campaign"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Refs => Path.Combine(_root, "refs");

    private string Data => Path.Combine(_root, "data");

    [Fact]
    public async Task A_cropped_captioned_copy_of_a_licensed_picture_raises_one_alarm_and_an_unrelated_picture_none()
    {
        using (var licensed = Scene(41))
        using (var crop = Cropped(licensed, new SKRectI(70, 12, 70 + 550, 12 + 412)))
        using (var copy = Captioned(crop))
        using (var unrelated = Scene(44))
        {
            Save(licensed, Path.Combine(Refs, "41.jpg"), SKEncodedImageFormat.Jpeg, 92);
            using (var b = Scene(42))
            using (var c = Scene(43))
            {
                Save(b, Path.Combine(Refs, "42.jpg"), SKEncodedImageFormat.Jpeg, 92);
                Save(c, Path.Combine(Refs, "43.jpg"), SKEncodedImageFormat.Jpeg, 92);
            }

            Save(copy, Path.Combine(Data, "store", "campaign", "copy.jpg"), SKEncodedImageFormat.Jpeg, 70);
            Save(unrelated, Path.Combine(Data, "store", "campaign", "own.jpg"), SKEncodedImageFormat.Jpeg, 80);
        }

        var import = await CliProcess.RunAsync("reference", "import", Refs, "--name", "Getty", "--licence", "RM 2024-117", "--data", Data);
        Assert.True(import.ExitCode == 0, import.Error + import.Output);
        Assert.Contains("新增 3", import.Output, StringComparison.Ordinal);

        var ingest = await CliProcess.RunAsync("ingest", "--data", Data);
        Assert.True(ingest.ExitCode == 0, ingest.Error + ingest.Output);
        var check = await CliProcess.RunAsync("alarms", "check", "--data", Data);
        Assert.True(check.ExitCode == 0, check.Error + check.Output);

        var list = await CliProcess.RunAsync("alarms", "list", "--data", Data);
        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Contains("共 1 条", list.Output, StringComparison.Ordinal);
        Assert.Contains("copy", list.Output, StringComparison.Ordinal);
        Assert.Contains("41.jpg", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("own", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_re_import_reads_only_what_changed_unless_asked_to_refresh_every_fingerprint()
    {
        for (var seed = 51; seed <= 53; seed++)
        {
            using var scene = Scene(seed);
            Save(scene, Path.Combine(Refs, $"{seed}.jpg"), SKEncodedImageFormat.Jpeg, 90);
        }

        var first = await CliProcess.RunAsync("reference", "import", Refs, "--name", "VCG", "--licence", "RF", "--data", Data);
        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        var again = await CliProcess.RunAsync("reference", "import", Refs, "--name", "VCG", "--licence", "RF", "--data", Data);
        Assert.Contains("更新 0 · 未变 3", again.Output, StringComparison.Ordinal);
        var refreshed = await CliProcess.RunAsync("reference", "import", Refs, "--name", "VCG", "--licence", "RF", "--refresh", "--data", Data);
        Assert.True(refreshed.ExitCode == 0, refreshed.Error + refreshed.Output);
        Assert.Contains("更新 3 · 未变 0", refreshed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_library_delivered_as_a_fingerprint_list_raises_alarms_under_its_own_ids_and_bad_rows_are_named()
    {
        for (var seed = 61; seed <= 63; seed++)
        {
            using var scene = Scene(seed);
            Save(scene, Path.Combine(Refs, $"{seed}.jpg"), SKEncodedImageFormat.Jpeg, 90);
        }

        var vendor = Path.Combine(_root, "vendor");
        var folderImport = await CliProcess.RunAsync("reference", "import", Refs, "--name", "Vendor", "--licence", "RF", "--data", vendor);
        Assert.True(folderImport.ExitCode == 0, folderImport.Error + folderImport.Output);
        var list = Path.Combine(_root, "vendor.csv");
        var export = await CliProcess.RunAsync("reference", "export", "Vendor", "--out", list, "--data", vendor);
        Assert.True(export.ExitCode == 0, export.Error + export.Output);

        // The vendor's own ids instead of file names, one damaged row and one row that is not base64.
        var rows = (await File.ReadAllLinesAsync(list)).ToList();
        Assert.Equal("id,fingerprint", rows[0]);
        Assert.Equal(4, rows.Count);
        var renamed = rows.Skip(1).Select(r => r.Replace("61.jpg,", "\"GI-1,061\",", StringComparison.Ordinal)).ToList();
        var damaged = renamed[^1].Split(',')[^1][..40];
        await File.WriteAllLinesAsync(list, ["id,fingerprint", .. renamed, $"GI-broken,{damaged}", "GI-text,not base64!"]);

        var import = await CliProcess.RunAsync("reference", "import", list, "--name", "Getty", "--licence", "RM 2024-117", "--data", Data);
        Assert.True(import.ExitCode == 2, import.Error + import.Output);
        Assert.Contains("新增 3", import.Output, StringComparison.Ordinal);
        Assert.Contains("vendor.csv:5", import.Output, StringComparison.Ordinal);
        Assert.Contains("vendor.csv:6", import.Output, StringComparison.Ordinal);
        Assert.Contains("base64", import.Output, StringComparison.Ordinal);

        using (var licensed = Scene(61))
        using (var small = Resize(licensed, 400, 300))
        {
            Save(small, Path.Combine(Data, "store", "campaign", "repost.jpg"), SKEncodedImageFormat.Jpeg, 60);
        }

        Assert.Equal(0, (await CliProcess.RunAsync("ingest", "--data", Data)).ExitCode);
        Assert.Equal(0, (await CliProcess.RunAsync("alarms", "check", "--data", Data)).ExitCode);
        var alarms = await CliProcess.RunAsync("alarms", "list", "--data", Data);
        Assert.Contains("共 1 条", alarms.Output, StringComparison.Ordinal);
        Assert.Contains("GI-1,061", alarms.Output, StringComparison.Ordinal);

        var again = await CliProcess.RunAsync("reference", "import", list, "--name", "Getty", "--licence", "RM 2024-117", "--data", Data);
        Assert.Contains("新增 0 · 更新 0 · 未变 3", again.Output, StringComparison.Ordinal);
    }
}
