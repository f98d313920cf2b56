using System.Globalization;
using System.Text.Json;
using AssetBank.SampleLibrary.Generation;
using AssetBank.SampleLibrary.Manifest;
using AssetBank.SampleLibrary.Themes;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>
/// Social-listening exports: Xiaohongshu notes (JSON arrays, themed plus off-topic noise) and Douyin comment
/// sections (CSV with Chinese headers, JSON) where memes repeat with variations.
/// </summary>
internal static class SocialPlanner
{
    public const string Xiaohongshu = "xiaohongshu";
    public const string Douyin = "douyin";

    public static IReadOnlyList<string> CommentCsvColumns { get; } = ["评论ID", "评论内容", "点赞数", "评论时间", "视频ID", "用户昵称"];

    private static readonly string[] GenericComments = ["哈哈哈哈", "来了来了", "第一", "关注了", "[赞][赞][赞]", "有点东西", "拍得真好", "蹲一个后续"];
    private static readonly string[] Decorations = ["", "", "", " 哈哈哈哈", "！！", " +1", " 真的", " [捂脸]"];
    private static readonly string[] NamePool = ["momo", "一只小橘子", "阿豪不熬夜", "Lily在上海", "奶茶续命中", "暴躁小王", "山川", "今天也要加油鸭", "栗子", "橙子不酸", "大鹏", "小鱼干"];

    private static readonly JsonSerializerOptions ExportJson = new(SampleManifest.JsonOptions);

    public static PlanPart Plan(IReadOnlyList<ThemeContent> themes, SizeProfile profile, int seed)
    {
        ThemeContent Theme(string id) => themes.Single(t => t.Id == id);
        var entries = new List<ManifestEntry>();
        var steps = new List<GenerationStep>();

        void NotesFile(string path, IReadOnlyList<ThemeContent> noteThemes, IReadOnlyList<NoteSpec> offTopic)
        {
            var random = SeededRandom.For(seed, path);
            var items = new List<(XhsNote Note, string? ThemeId)>();
            foreach (var theme in noteThemes)
            {
                items.AddRange(theme.Notes.Select(n => (Note(n, random), (string?)theme.Id)));
            }

            items.AddRange(offTopic.Select(n => (Note(n, random), (string?)null)));
            items = [.. items.Select(i => (Item: i, Key: random.Next())).OrderBy(x => x.Key).Select(x => x.Item)];
            entries.Add(new ManifestEntry(path, SampleKind.Social, "json", "小红书笔记导出", [.. noteThemes.Select(t => t.Tags)])
            {
                Social = new SocialFacts(Xiaohongshu, null, [.. items.Select(i => new SocialItemFacts(i.Note.Id, i.ThemeId, null))], []),
            });
            var notes = items.Select(i => i.Note).ToList();
            steps.Add(new GenerationStep(path, 0, [path], (ctx, ct) => WriteJsonAsync(ctx.Output(path), notes, ct)));
        }

        void CommentFiles(ThemeContent theme, params string[] formats)
        {
            var random = SeededRandom.For(seed, "douyin/" + theme.Slug);
            var videoId = "7" + random.NextInt64(100_000_000_000_000_000, 1_000_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
            var (comments, items, groups) = Comments(theme, videoId, profile.CommentsPerExport, random);
            foreach (var format in formats)
            {
                var path = $"social/douyin_comments_{theme.Slug}.{format}";
                entries.Add(new ManifestEntry(path, SampleKind.Social, format, "抖音评论区导出", [theme.Tags])
                {
                    Social = new SocialFacts(Douyin, videoId, items, groups),
                });
                steps.Add(new GenerationStep(path, 0, [path], format == "csv"
                    ? (ctx, ct) => File.WriteAllTextAsync(ctx.Output(path), CommentCsv(comments), Encodings.Utf8WithBom, ct)
                    : (ctx, ct) => WriteJsonAsync(ctx.Output(path), comments, ct)));
            }
        }

        NotesFile("social/xhs_notes_muying.json", [Theme("muying")], [ThemeCatalog.OffTopicNotes[0]]);
        NotesFile("social/xhs_notes_meizhuang.json", [Theme("meizhuang")], [ThemeCatalog.OffTopicNotes[1]]);
        NotesFile("social/xhs_notes_mixed.json", [Theme("qiche"), Theme("shipin"), Theme("shuma")], ThemeCatalog.OffTopicNotes);
        CommentFiles(Theme("muying"), "csv", "json");
        CommentFiles(Theme("shipin"), "csv");
        CommentFiles(Theme("meizhuang"), "json");
        return new PlanPart(entries, steps, [], []);
    }

    private static XhsNote Note(NoteSpec spec, Random random)
    {
        var id = Hex(random, 24);
        var likes = HeavyTail(random, 30, 50_000);
        var images = Enumerable.Range(1, random.Next(1, 7))
            .Select(k => $"https://sns-img.example.com/{id}/{k.ToString(CultureInfo.InvariantCulture)}.jpg")
            .ToList();
        var body = spec.Body + "\n" + string.Join(' ', spec.Hashtags.Select(h => "#" + h));
        var published = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified)
            .AddDays(random.Next(0, 270))
            .AddMinutes(random.Next(0, 24 * 60));
        return new XhsNote(
            id,
            spec.Title,
            body,
            likes,
            (int)(likes * (0.3 + (random.NextDouble() * 0.9))),
            (int)(likes * (0.02 + (random.NextDouble() * 0.08))),
            NamePool[random.Next(NamePool.Length)],
            images,
            published.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
    }

    private static (List<DouyinComment> Comments, List<SocialItemFacts> Items, List<MemeGroup> Groups) Comments(
        ThemeContent theme, string videoId, int count, Random random)
    {
        // What each comment is: a meme (index) or not (-1). Every meme gets at least three comments.
        var plan = new List<int>();
        for (var m = 0; m < theme.Memes.Count; m++)
        {
            plan.AddRange([m, m, m]);
        }

        while (plan.Count < count)
        {
            plan.Add(theme.Memes.Count > 0 && random.NextDouble() < 0.55 ? random.Next(theme.Memes.Count) : -1);
        }

        plan = [.. plan.Select(p => (Plan: p, Key: random.Next())).OrderBy(x => x.Key).Select(x => x.Plan)];

        var comments = new List<DouyinComment>();
        var items = new List<SocialItemFacts>();
        var members = theme.Memes.Select(_ => new List<string>()).ToList();
        var time = new DateTime(2024, 3, 12, 20, 0, 0, DateTimeKind.Unspecified).AddDays(theme.ToneHz % 17);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var what in plan)
        {
            string id;
            do
            {
                id = "7" + random.NextInt64(100_000_000_000_000_000, 1_000_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
            }
            while (!usedIds.Add(id));

            time = time.AddSeconds(random.Next(5, 900));
            string text;
            string? themeId;
            string? memeId = null;
            int likes;
            if (what >= 0)
            {
                var meme = theme.Memes[what];
                text = meme.Variants[random.Next(meme.Variants.Count)] + Decorations[random.Next(Decorations.Length)];
                themeId = theme.Id;
                memeId = meme.Id;
                members[what].Add(id);
                likes = HeavyTail(random, 0, 60_000);
            }
            else if (theme.OtherComments.Count > 0 && random.Next(2) == 0)
            {
                text = theme.OtherComments[random.Next(theme.OtherComments.Count)];
                themeId = theme.Id;
                likes = HeavyTail(random, 0, 2_000);
            }
            else
            {
                text = GenericComments[random.Next(GenericComments.Length)];
                themeId = null;
                likes = HeavyTail(random, 0, 500);
            }

            var nickname = NamePool[random.Next(NamePool.Length)] + random.Next(10, 99).ToString(CultureInfo.InvariantCulture);
            comments.Add(new DouyinComment(id, text, likes, time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), videoId, nickname));
            items.Add(new SocialItemFacts(id, themeId, memeId));
        }

        var groups = theme.Memes.Select((m, i) => new MemeGroup(m.Id, m.Canonical, theme.Id, members[i])).ToList();
        return (comments, items, groups);
    }

    private static string CommentCsv(IReadOnlyList<DouyinComment> comments) =>
        CsvText.Write([CommentCsvColumns, .. comments.Select(c => (IReadOnlyList<string>)
            [c.Id, c.Text, c.Likes.ToString(CultureInfo.InvariantCulture), c.Time, c.VideoId, c.Nickname])]);

    private static async Task WriteJsonAsync<T>(string path, IReadOnlyList<T> items, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await JsonSerializer.SerializeAsync(stream, items, ExportJson, ct);
    }

    /// <summary>Counts that look like social metrics: most small, a few large.</summary>
    private static int HeavyTail(Random random, int min, int max) => min + (int)(Math.Pow(random.NextDouble(), 4) * (max - min));

    private static string Hex(Random random, int length)
    {
        var bytes = new byte[length / 2];
        random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
