using System.Diagnostics;
using AssetBank.HostileCorpus;
using AssetBank.Ingestion.Detection;

namespace AssetBank.HostileCorpus.Tests;

public sealed class HostileCorpusTests : IClassFixture<CorpusFixture>
{
    /// <summary>The memory budget per object (issue 9): peak working set may not grow more than this over one case.</summary>
    private const long BudgetBytes = 512L * 1024 * 1024;

    private readonly CorpusFixture _corpus;

    public HostileCorpusTests(CorpusFixture corpus)
    {
        _corpus = corpus;
    }

    [Fact]
    public async Task Every_case_comes_to_its_expected_outcome_within_the_memory_budget()
    {
        using var runner = new CaseRunner();
        using var process = Process.GetCurrentProcess();
        var failures = new List<string>();
        foreach (var hostile in _corpus.Cases)
        {
            GC.Collect();
            process.Refresh();
            var before = process.WorkingSet64;
            var outcome = await runner.RunAsync(Path.Combine(_corpus.Folder, hostile.FileName), CancellationToken.None);
            process.Refresh();
            var growth = process.PeakWorkingSet64 - before;
            var said = outcome.Reason ?? string.Join(" | ", outcome.Warnings);
            if (outcome.Outcome != hostile.Expected)
            {
                failures.Add($"{hostile.Id}: expected {hostile.Expected}, got {outcome.Outcome}: {said}");
            }
            else if (hostile.Reason is { } reason && !said.Contains(reason, StringComparison.Ordinal))
            {
                failures.Add($"{hostile.Id}: expected '{reason}' in: {said}");
            }

            if (growth > BudgetBytes)
            {
                failures.Add($"{hostile.Id}: peak working set grew {growth / 1e6:0} MB, over the {BudgetBytes / 1e6:0} MB budget");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void The_corpus_stays_small_on_disk()
    {
        var bytes = Directory.EnumerateFiles(_corpus.Folder).Sum(f => new FileInfo(f).Length);

        Assert.InRange(bytes, 1, 20_000_000);
    }

    [Theory]
    [InlineData("m3u-playlist")]
    [InlineData("ffconcat-playlist")]
    public async Task Playlists_naming_etc_passwd_are_read_as_text_and_never_followed(string id)
    {
        using var runner = new CaseRunner();

        var outcome = await runner.RunAsync(PathOf(id), CancellationToken.None);

        Assert.Equal("Copy", outcome.Kind);
        Assert.Contains("/etc/passwd", outcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", outcome.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf16le-no-bom")]
    [InlineData("utf16be-no-bom")]
    [InlineData("mixed-encoding")]
    public async Task Text_in_awkward_encodings_is_decoded_not_refused(string id)
    {
        using var runner = new CaseRunner();

        var outcome = await runner.RunAsync(PathOf(id), CancellationToken.None);

        Assert.Contains("春季新品发布会", outcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_KOL_list_written_with_inline_strings_is_recognised_as_one()
    {
        using var runner = new CaseRunner();

        var outcome = await runner.RunAsync(PathOf("kol-xlsx-inline-strings"), CancellationToken.None);

        Assert.Equal("KolList", outcome.Kind);
    }

    [Fact]
    public async Task A_still_AVIF_is_detected_as_an_image_not_a_video()
    {
        var detected = await ContentSniffer.DetectAsync(PathOf("avif-still"), "still.avif", CancellationToken.None);

        Assert.NotNull(detected);
        Assert.Equal(Core.Assets.AssetKind.Image, detected.Kind);
        Assert.Equal("image/avif", detected.ContentType);
    }

    [Fact]
    public void Non_media_is_refused_from_its_first_bytes_before_the_rest_is_copied()
    {
        var elf = new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };

        var prefix = ContentSniffer.DetectPrefix(elf, "payload.bin");

        Assert.Null(prefix.Content);
        Assert.False(prefix.NeedsWholeFile);
        Assert.Contains("unsupported content", prefix.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_prefix_asks_for_the_whole_file()
    {
        var prefix = ContentSniffer.DetectPrefix(File.ReadAllBytes(PathOf("kol-xlsx-inline-strings")).AsSpan(0, 64), "kol.xlsx");

        Assert.True(prefix.NeedsWholeFile);
    }

    [Fact]
    public void A_video_prefix_is_decided_from_its_first_bytes()
    {
        byte[] mp4 = [0, 0, 0, 0x20, .. "ftypisom"u8.ToArray(), 0, 0, 2, 0, .. new byte[48]];

        var prefix = ContentSniffer.DetectPrefix(mp4, "clip.mp4");

        Assert.Equal(Core.Assets.AssetKind.Video, prefix.Content?.Kind);
    }

    private string PathOf(string id) => Path.Combine(_corpus.Folder, _corpus.Cases.Single(c => c.Id == id).FileName);
}
