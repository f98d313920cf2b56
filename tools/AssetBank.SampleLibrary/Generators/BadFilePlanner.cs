using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>Inputs an ingest pipeline must reject or survive. Truncated videos are cut from generated ones, so they run in phase 1.</summary>
internal static class BadFilePlanner
{
    public const double TruncatedFraction = 0.30;
    public const int HugeDimension = 60_000;

    public static PlanPart Plan(IReadOnlyList<ThemeContent> themes, int seed)
    {
        var faststartVideo = VideoPlanner.VideoPath(themes.First(t => !t.FixedGop && t.WithSubtitles && t.Id != "muying"));
        var indexLastVideo = VideoPlanner.VideoPath(themes.First(t => t.FixedGop));
        var random = SeededRandom.For(seed, "bad");
        var noise = new byte[4096];
        random.NextBytes(noise);
        // Not a JPEG (FF D8), PNG, GIF or any other magic number a sniffer might honour.
        noise[0] = 0x00;
        noise[1] = 0x13;

        var entries = new List<ManifestEntry>();
        var steps = new List<GenerationStep>();

        void Add(string path, string format, SampleKind claimed, string problem, string detail, string? from, int phase, Func<StepContext, CancellationToken, Task> run)
        {
            entries.Add(new ManifestEntry(path, SampleKind.Bad, format, null, [])
            {
                Bad = new BadFileFacts(claimed, problem, detail, from),
            });
            steps.Add(new GenerationStep(path, phase, [path], run));
        }

        Add("bad/empty.mp4", "mp4", SampleKind.Video, "empty", "zero bytes", null, 0,
            (ctx, ct) => File.WriteAllBytesAsync(ctx.Output("bad/empty.mp4"), [], ct));
        Add("bad/truncated_tvc.mp4", "mp4", SampleKind.Video, "truncated",
            "the first 30 % of a faststart MP4: the index (moov) is complete, so probing succeeds, but media data ends early and decoding fails",
            faststartVideo, 1, (ctx, ct) => TruncateAsync(ctx, faststartVideo, "bad/truncated_tvc.mp4", ct));
        Add("bad/truncated_no_index.mp4", "mp4", SampleKind.Video, "truncated",
            "the first 30 % of an MP4 whose index (moov) is at the end: the index is missing, probing fails",
            indexLastVideo, 1, (ctx, ct) => TruncateAsync(ctx, indexLastVideo, "bad/truncated_no_index.mp4", ct));
        Add("bad/random_bytes.jpg", "jpeg", SampleKind.Image, "not-decodable", "4096 random bytes behind a .jpg extension", null, 0,
            (ctx, ct) => File.WriteAllBytesAsync(ctx.Output("bad/random_bytes.jpg"), noise, ct));
        Add("bad/huge_dimensions.png", "png", SampleKind.Image, "oversized-dimensions",
            $"a valid PNG header claiming {HugeDimension}x{HugeDimension} RGBA (14.4 GB decoded) over one scanline of data", null, 0,
            (ctx, ct) => File.WriteAllBytesAsync(ctx.Output("bad/huge_dimensions.png"), HostilePng.Create(HugeDimension, HugeDimension), ct));

        var kolRows = KolPlanner.Rows(themes, seed);
        Add("bad/kol_missing_column.csv", "csv", SampleKind.KolList, "missing-column",
            "a KOL list whose header lacks 粉丝数; its last row is short two more fields", null, 0,
            (ctx, ct) => File.WriteAllTextAsync(ctx.Output("bad/kol_missing_column.csv"), MissingColumnCsv(kolRows), Encodings.Utf8WithBom, ct));
        return new PlanPart(entries, steps, [], []);
    }

    private static string MissingColumnCsv(IReadOnlyList<KolRow> rows)
    {
        const int Dropped = 2; // 粉丝数
        static IReadOnlyList<string> Without(IReadOnlyList<string> cells) => [.. cells.Where((_, i) => i != Dropped)];
        var lines = new List<IReadOnlyList<string>> { Without(KolPlanner.Columns) };
        lines.AddRange(rows.Take(5).Select(r => Without(r.Cells())));
        lines.Add([.. Without(rows[5].Cells()).Take(5)]);
        return CsvText.Write(lines);
    }

    private static async Task TruncateAsync(StepContext ctx, string source, string target, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(ctx.Input(source), ct);
        var length = (int)(bytes.Length * TruncatedFraction);
        await File.WriteAllBytesAsync(ctx.Output(target), bytes.AsMemory(0, length).ToArray(), ct);
    }
}
