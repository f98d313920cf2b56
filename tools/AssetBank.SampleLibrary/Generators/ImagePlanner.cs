using System.Globalization;
using System.Text;
using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Media;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// Originals (lavfi patterns and posters with Chinese text), seven altered copies of each, and unrelated
/// images, some deliberately close to an original (same generator or poster template).
/// </summary>
internal static class ImagePlanner
{
    private const string WatermarkText = "内部样片 请勿外传";

    private static readonly string[] AlterationOrder =
    [
        Alterations.Resize50,
        Alterations.RecompressLow,
        Alterations.Crop5Center,
        Alterations.Crop10Corner,
        Alterations.Brightness,
        Alterations.TextOverlay,
        Alterations.Mirror,
    ];

    public static PlanPart Plan(IReadOnlyList<ThemeContent> themes, SizeProfile profile, int seed)
    {
        var random = SeededRandom.For(seed, "images");
        var w = profile.ImageWidth;
        var h = profile.ImageHeight;
        var size = $"{w.ToString(CultureInfo.InvariantCulture)}x{h.ToString(CultureInfo.InvariantCulture)}";
        var muying = themes.Single(t => t.Id == "muying");
        var meizhuang = themes.Single(t => t.Id == "meizhuang");
        var qiche = themes.Single(t => t.Id == "qiche");
        // Sources that draw at random unless told (gradients' colours, cellauto's seed) get explicit values: one seed, one library.
        int Seed() => random.Next(1, 10_000);

        ImageSpec[] originals =
        [
            new("images/originals/mandelbrot.png", "mandelbrot", $"mandelbrot=s={size}:maxiter=500", ImageRole.Original),
            new("images/originals/testsrc2_frame75.png", "testsrc2", $"testsrc2=s={size}:r=25", ImageRole.Original, Frame: 75),
            new("images/originals/plasma.png", "plasma", $"nullsrc=s={size},format=rgb24,geq=r='128+120*sin(X/40+Y/60)':g='128+120*sin(X/70)*cos(Y/50)':b='128+120*cos((X+Y)/90)'", ImageRole.Original),
            new("images/originals/gradient.png", "gradients", Inv($"gradients=s={size}:seed={Seed()}:nb_colors=4:c0=0xe11d48:c1=0x2563eb:c2=0xfacc15:c3=0x10b981:speed=0.01"), ImageRole.Original),
            new("images/originals/poster_muying.png", "poster", $"color=c=0x1e3a5f:s={size}", ImageRole.Original, muying.Tags,
                PosterTitle: "夜醒不慌", PosterLine: "安稚恒温暖奶器 一键45℃", PosterAccent: "0xf0c020"),
            new("images/originals/poster_meizhuang.png", "poster", $"color=c=0xc2185b:s={size}", ImageRole.Original, meizhuang.Tags,
                PosterTitle: "一抹好气色", PosterLine: "絮语丝绒唇釉 07 豆沙玫瑰", PosterAccent: "0xf8bbd0"),
            new("images/originals/sierpinski.png", "sierpinski", Inv($"sierpinski=s={size}:seed={Seed()}:type=carpet"), ImageRole.Original),
        ];

        ImageSpec[] unrelated =
        [
            new("images/unrelated/mandelbrot_zoom.png", "mandelbrot", $"mandelbrot=s={size}:maxiter=500:start_scale=0.4", ImageRole.Unrelated),
            new("images/unrelated/testsrc.png", "testsrc", $"testsrc=s={size}:r=25", ImageRole.Unrelated, Frame: 30),
            new("images/unrelated/plasma2.png", "plasma", $"nullsrc=s={size},format=rgb24,geq=r='128+120*cos(Y/25)':g='128+120*sin((X-Y)/45)':b='128+100*sin(X/33)*sin(Y/80)'", ImageRole.Unrelated),
            new("images/unrelated/gradient2.png", "gradients", Inv($"gradients=s={size}:seed={Seed()}:nb_colors=3:c0=0x7c3aed:c1=0xf97316:c2=0x0891b2:speed=0.01"), ImageRole.Unrelated),
            new("images/unrelated/poster_qiche_same_template.png", "poster", $"color=c=0x1e5a3c:s={size}", ImageRole.Unrelated, qiche.Tags,
                PosterTitle: "把周末还给家人", PosterLine: "远途L7 七座大空间", PosterAccent: "0xf0c020"),
            new("images/unrelated/life.png", "life", Inv($"life=s={w / 4}x{h / 4}:r=25:mold=10:ratio=0.2:seed={Seed()}:life_color=0xffff00,scale={w}:{h}:flags=neighbor"), ImageRole.Unrelated, Frame: 40),
            new("images/unrelated/smptebars.png", "smptebars", $"smptebars=s={size}", ImageRole.Unrelated),
            new("images/unrelated/rgbtestsrc.png", "rgbtestsrc", $"rgbtestsrc=s={size}", ImageRole.Unrelated),
            new("images/unrelated/cellauto.png", "cellauto", $"cellauto=s={size}:r=25:rule=110:seed=110", ImageRole.Unrelated, Frame: 200),
            new("images/unrelated/sierpinski_triangle.png", "sierpinski", Inv($"sierpinski=s={size}:seed={Seed()}:type=triangle"), ImageRole.Unrelated),
        ];

        var entries = new List<ManifestEntry>();
        var steps = new List<GenerationStep>();
        var duplicates = new List<DuplicatePair>();
        foreach (var original in originals)
        {
            entries.Add(Entry(original, w, h));
            var copies = AlterationOrder.Select(a => (Alteration: a, Path: AlteredPath(original.Path, a), Size: AlteredSize(a, w, h))).ToList();
            foreach (var copy in copies)
            {
                var text = copy.Alteration == Alterations.TextOverlay ? Join(original.Text, WatermarkText) : original.Text;
                entries.Add(new ManifestEntry(copy.Path, SampleKind.Image, "jpeg", null, Themes(original))
                {
                    Image = new ImageFacts(copy.Size.W, copy.Size.H, ImageRole.Altered, original.SourceName, original.Path, copy.Alteration, text),
                });
                duplicates.Add(new DuplicatePair(SampleKind.Image, original.Path, copy.Path, [copy.Alteration]));
            }

            var alterations = copies.Select(c => (c.Alteration, c.Path)).ToList();
            steps.Add(new GenerationStep(
                original.Path,
                Phase: 0,
                [original.Path, .. copies.Select(c => c.Path)],
                (ctx, ct) => DrawWithCopiesAsync(ctx, original, alterations, ct)));
        }

        foreach (var image in unrelated)
        {
            entries.Add(Entry(image, w, h));
        }

        // One ffmpeg run for all unrelated images: process start-up, not drawing, dominates at these sizes.
        steps.Add(new GenerationStep("images/unrelated", Phase: 0, [.. unrelated.Select(u => u.Path)], (ctx, ct) => DrawAllAsync(ctx, unrelated, ct)));

        var unrelatedPairs = new List<UnrelatedPair>
        {
            new(SampleKind.Image, originals[0].Path, unrelated[0].Path, "same generator (mandelbrot), another view"),
            new(SampleKind.Image, originals[1].Path, unrelated[1].Path, "similar test pattern (testsrc vs testsrc2)"),
            new(SampleKind.Image, originals[2].Path, unrelated[2].Path, "same formula family (plasma)"),
            new(SampleKind.Image, originals[3].Path, unrelated[3].Path, "same generator (gradients), another seed"),
            new(SampleKind.Image, originals[4].Path, unrelated[4].Path, "same poster template, other colours and text"),
            new(SampleKind.Image, originals[4].Path, originals[5].Path, "same poster template, other colours and text"),
            new(SampleKind.Image, originals[6].Path, unrelated[9].Path, "same generator (sierpinski), other type"),
        };
        for (var i = 0; i < originals.Length; i++)
        {
            for (var j = i + 1; j < originals.Length; j++)
            {
                if (!(i == 4 && j == 5))
                {
                    unrelatedPairs.Add(new UnrelatedPair(SampleKind.Image, originals[i].Path, originals[j].Path, null));
                }
            }
        }

        return new PlanPart(entries, steps, duplicates, unrelatedPairs);
    }

    private static ManifestEntry Entry(ImageSpec spec, int w, int h) =>
        new(spec.Path, SampleKind.Image, "png", null, Themes(spec))
        {
            Image = new ImageFacts(w, h, spec.Role, spec.SourceName, null, null, spec.Text),
        };

    private static IReadOnlyList<ThemeTags> Themes(ImageSpec spec) => spec.Theme is null ? [] : [spec.Theme];

    private static string? Join(string? a, string b) => a is null ? b : $"{a} {b}";

    private static string AlteredPath(string originalPath, string alteration) =>
        $"images/altered/{Path.GetFileNameWithoutExtension(originalPath)}__{alteration}.jpg";

    private static (int W, int H) AlteredSize(string alteration, int w, int h) => alteration switch
    {
        Alterations.Resize50 => (w / 2, h / 2),
        Alterations.Crop5Center => (Even(w * 0.95), Even(h * 0.95)),
        Alterations.Crop10Corner => (Even(w * 0.90), Even(h * 0.90)),
        _ => (w, h),
    };

    private static int Even(double value) => (int)Math.Round(value / 2, MidpointRounding.AwayFromZero) * 2;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The filter chain that turns the lavfi source into the picture: frame selection, then the poster layout.</summary>
    private static async Task<string> PictureChainAsync(StepContext ctx, ImageSpec spec, CancellationToken ct)
    {
        var filters = new List<string>();
        if (spec.Frame > 0)
        {
            filters.Add(Inv($"trim=start_frame={spec.Frame}"));
        }

        if (spec.IsPoster)
        {
            var w = ctx.Profile.ImageWidth;
            var h = ctx.Profile.ImageHeight;
            var font = FilterEscaping.OptionValue(ctx.FontFile);
            var name = Path.GetFileNameWithoutExtension(spec.Path);
            var title = FilterEscaping.OptionValue(await ctx.ScratchTextAsync(name + "-title.txt", spec.PosterTitle!, ct));
            var line = FilterEscaping.OptionValue(await ctx.ScratchTextAsync(name + "-line.txt", spec.PosterLine!, ct));
            filters.Add(Inv($"drawbox=x={w * 6 / 100}:y={h / 10}:w={w * 40 / 100}:h={h * 80 / 100}:color={spec.PosterAccent}:t=fill"));
            filters.Add(Inv($"drawbox=x={w / 2}:y={h * 62 / 100}:w={w * 42 / 100}:h={h * 7 / 100}:color=white:t=fill"));
            filters.Add(Inv($"drawtext=fontfile={font}:textfile={title}:expansion=none:fontsize={h / 9}:fontcolor=white:x={w / 2}:y={h * 20 / 100}"));
            filters.Add(Inv($"drawtext=fontfile={font}:textfile={line}:expansion=none:fontsize={h / 16}:fontcolor=white:x={w / 2}:y={h * 42 / 100}"));
        }

        return filters.Count == 0 ? "null" : string.Join(',', filters);
    }

    private static List<string> StillOutput(string label, string fullPath, string? jpegQuality) =>
        jpegQuality is null
            ? ["-map", label, "-frames:v", "1", "-update", "1", fullPath]
            : ["-map", label, "-q:v", jpegQuality, "-frames:v", "1", "-update", "1", fullPath];

    private static async Task DrawAllAsync(StepContext ctx, ImageSpec[] specs, CancellationToken ct)
    {
        var args = new List<string>();
        var graph = new List<string>();
        var outputs = new List<string>();
        for (var i = 0; i < specs.Length; i++)
        {
            args.AddRange(["-f", "lavfi", "-i", specs[i].SourceGraph]);
            graph.Add(Inv($"[{i}:v]{await PictureChainAsync(ctx, specs[i], ct)}[o{i}]"));
            outputs.AddRange(StillOutput(Inv($"[o{i}]"), ctx.Output(specs[i].Path), null));
        }

        await ctx.FfmpegAsync([.. args, "-filter_complex", string.Join(';', graph), .. outputs], "images/unrelated", ct);
    }

    /// <summary>An original and all its altered copies in one ffmpeg run: draw, split, one chain and one output per copy.</summary>
    private static async Task DrawWithCopiesAsync(StepContext ctx, ImageSpec original, List<(string Alteration, string Path)> copies, CancellationToken ct)
    {
        var w = ctx.Profile.ImageWidth;
        var h = ctx.Profile.ImageHeight;
        var font = FilterEscaping.OptionValue(ctx.FontFile);
        var watermark = FilterEscaping.OptionValue(
            await ctx.ScratchTextAsync(Path.GetFileNameWithoutExtension(original.Path) + "-watermark.txt", WatermarkText, ct));
        var graph = new StringBuilder();
        graph.Append(Inv($"[0:v]{await PictureChainAsync(ctx, original, ct)},split={copies.Count + 1}[original]"));
        for (var i = 0; i < copies.Count; i++)
        {
            graph.Append(Inv($"[in{i}]"));
        }

        var outputs = StillOutput("[original]", ctx.Output(original.Path), null);
        for (var i = 0; i < copies.Count; i++)
        {
            var (alteration, path) = copies[i];
            var (cw, ch) = AlteredSize(alteration, w, h);
            var chain = alteration switch
            {
                Alterations.Resize50 => Inv($"scale={cw}:{ch}:flags=bicubic"),
                Alterations.RecompressLow => "null",
                Alterations.Crop5Center => Inv($"crop={cw}:{ch}:{(w - cw) / 2}:{(h - ch) / 2}"),
                Alterations.Crop10Corner => Inv($"crop={cw}:{ch}:0:0"),
                Alterations.Brightness => "eq=brightness=0.1",
                Alterations.TextOverlay => Inv($"drawtext=fontfile={font}:textfile={watermark}:expansion=none:fontsize={h / 12}:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw={h / 60}:x=(w-tw)/2:y=h-th-{h / 12}"),
                Alterations.Mirror => "hflip",
                _ => throw new InvalidOperationException($"No filter for alteration '{alteration}'."),
            };
            graph.Append(Inv($";[in{i}]{chain}[out{i}]"));
            // ffmpeg's mjpeg quality scale: 2 is near lossless, 31 the worst it offers.
            outputs.AddRange(StillOutput(Inv($"[out{i}]"), ctx.Output(path), alteration == Alterations.RecompressLow ? "31" : "3"));
        }

        List<string> args = ["-f", "lavfi", "-i", original.SourceGraph, "-filter_complex", graph.ToString(), .. outputs];
        await ctx.FfmpegAsync(args, $"{original.Path} and its altered copies", ct);
    }
}
