using System.Globalization;
using System.Text.Json;
using AssetBank.Core.Extraction;
using AssetBank.Extraction.Numbers;
using AssetBank.Extraction.Tables;

namespace AssetBank.Extraction.Social;

/// <summary>
/// Social-listening exports (舆情数据) from JSON, CSV or XLSX. Notes (小红书笔记: title, body, hashtags, likes,
/// collects, comments, author, images) become one <c>note:{id}</c> item each; comment exports (抖音/微博评论: text,
/// likes, time, source video, replies) become one <c>thread:{videoId}</c> item per source video, its comments ranked
/// by likes. Which of the two a file is follows from its columns; anything else is rejected as an unknown shape.
/// </summary>
internal static class SocialExtractor
{
    private const int MaxTitleChars = 40;

    /// <summary>Whether some table of the file has a column of social text: a comment, a note body or a note title.</summary>
    public static bool LooksSocial(TableContent content) =>
        content.Tables.Any(t => HeaderLocator.Locate(t, SocialSynonyms.Table) is { } layout
            && (layout.Columns.ContainsKey(SocialField.CommentText) || layout.Columns.ContainsKey(SocialField.Body) || layout.Columns.ContainsKey(SocialField.Title)));

    public static ExtractedContent Extract(ExtractionSource source, TableContent content, CancellationToken cancellationToken)
    {
        var located = content.Tables
            .Select(t => (Table: t, Layout: HeaderLocator.Locate(t, SocialSynonyms.Table)))
            .Where(l => l.Layout is not null)
            .OrderByDescending(l => l.Layout!.Columns.Count)
            .FirstOrDefault();
        if (located.Layout is null)
        {
            throw source.Reject(UnknownShape(content, null));
        }

        var (table, layout) = (located.Table, located.Layout);
        bool Has(SocialField field) => layout.Columns.ContainsKey(field);
        var noteSignals = Has(SocialField.Title) || Has(SocialField.Collects) || Has(SocialField.Images) || Has(SocialField.Hashtags);
        // Text with likes but nothing of a note or a post (title, collects, images, tags, comment or share counts) is a comment export.
        var postSignals = noteSignals || Has(SocialField.Comments) || Has(SocialField.Shares);
        var comments = Has(SocialField.VideoId) || Has(SocialField.VideoUrl)
            || (Has(SocialField.CommentText) && !noteSignals)
            || (Has(SocialField.Body) && !postSignals);
        if (comments)
        {
            if (!Has(SocialField.CommentText) && !Has(SocialField.Body))
            {
                throw source.Reject($"comment export '{source.FileName}' has no comment text column (评论内容/内容/comment); columns: {string.Join(", ", layout.Headers.Where(h => h.Length > 0))}");
            }

            return Threads(source, table, layout, content, cancellationToken);
        }

        if (noteSignals || Has(SocialField.Body) || Has(SocialField.CommentText))
        {
            return Notes(source, table, layout, content, cancellationToken);
        }

        throw source.Reject(UnknownShape(content, layout));
    }

    private static ExtractedContent Notes(ExtractionSource source, SourceTable table, TableLayout<SocialField> layout, TableContent content, CancellationToken cancellationToken)
    {
        var items = new List<ExtractedItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var bodyColumn = layout.ColumnOf(SocialField.Body) ?? layout.ColumnOf(SocialField.CommentText);
        for (var r = layout.FirstDataRow; r < table.Rows.Count; r++)
        {
            if ((r & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = table.Rows[r];
            string? Text(SocialField field) => layout.ColumnOf(field) is { } c && row.Cell(c).Trim() is { Length: > 0 } v ? v : null;
            var title = Text(SocialField.Title);
            var body = bodyColumn is { } b && row.Cell(b).Trim() is { Length: > 0 } text ? text : null;
            if (title is null && body is null)
            {
                source.Warnings.Add($"{row.Label}: note has neither title nor body; skipped");
                continue;
            }

            var id = Text(SocialField.Id) ?? (items.Count + 1).ToString(CultureInfo.InvariantCulture);
            id = Unique(id, ids);
            var hashtags = Hashtags.Merge(Hashtags.Split(Text(SocialField.Hashtags)), Hashtags.Parse(title + "\n" + body));
            var images = (Text(SocialField.Images) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var url = Text(SocialField.Url);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["row"] = row.Number.ToString(CultureInfo.InvariantCulture) };
            Put(fields, "author", Text(SocialField.Author));
            var published = Text(SocialField.Published);
            if (published is not null && !LooksLikeDate(published))
            {
                source.Warnings.Add($"{row.Label}: {layout.Headers[layout.ColumnOf(SocialField.Published)!.Value]} '{Shorten(published)}' is not a date; kept as text, not used for sorting");
            }

            Put(fields, "published", published);
            Put(fields, "url", url);
            Put(fields, "platform", Text(SocialField.Platform) ?? SourceLinks.PlatformOf(url) ?? SourceLinks.PlatformOf(images.FirstOrDefault()));
            Put(fields, "hashtags", hashtags.Count > 0 ? string.Join('、', hashtags) : null);
            Put(fields, "images", images.Length > 0 ? string.Join('\n', images) : null);

            var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
            var interactions = 0m;
            foreach (var (field, key) in new[] { (SocialField.Likes, "likes"), (SocialField.Collects, "collects"), (SocialField.Comments, "comments"), (SocialField.Shares, "shares") })
            {
                if (Count(source, row, layout, field) is { } value)
                {
                    metrics[key] = (double)value;
                    interactions += value;
                }
            }

            metrics["interactions"] = (double)interactions;
            metrics["image_count"] = images.Length;
            items.Add(new ExtractedItem("note:" + id, "note", title ?? FirstLine(body!), body ?? title!)
            {
                Fields = fields,
                Metrics = metrics,
            });
        }

        items = WithGuessedPlatform(source, items, items.Select(i => i.ItemId["note:".Length..]));
        var summary = string.Create(CultureInfo.InvariantCulture, $"{items.Count} 篇笔记，共 {items.Sum(i => i.Metrics.GetValueOrDefault("likes")):0} 赞。");
        return new ExtractedContent
        {
            Title = content.Title ?? layout.Title,
            Sections = items.Count == 0 ? [] : [new TextSection("笔记", summary, "summary")],
            Items = items,
            Encoding = content.Encoding,
        };
    }

    private static ExtractedContent Threads(ExtractionSource source, SourceTable table, TableLayout<SocialField> layout, TableContent content, CancellationToken cancellationToken)
    {
        var textColumn = layout.ColumnOf(SocialField.CommentText) ?? layout.ColumnOf(SocialField.Body)!.Value;
        var threads = new Dictionary<string, ThreadBuilder>(StringComparer.Ordinal);
        var order = new List<string>();
        var withoutVideo = 0;
        for (var r = layout.FirstDataRow; r < table.Rows.Count; r++)
        {
            if ((r & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = table.Rows[r];
            string? Text(SocialField field) => layout.ColumnOf(field) is { } c && row.Cell(c).Trim() is { Length: > 0 } v ? v : null;
            var text = row.Cell(textColumn).Trim();
            if (text.Length == 0)
            {
                source.Warnings.Add($"{row.Label}: comment has no text; skipped");
                continue;
            }

            var url = Text(SocialField.VideoUrl);
            var videoValue = Text(SocialField.VideoId);
            if (videoValue is not null && SourceLinks.IsUrl(videoValue))
            {
                url ??= videoValue;
                videoValue = SourceLinks.VideoIdOf(videoValue);
            }

            var videoId = videoValue ?? (url is null ? null : SourceLinks.VideoIdOf(url));
            if (videoId is null)
            {
                withoutVideo++;
                videoId = "unknown";
            }

            if (!threads.TryGetValue(videoId, out var thread))
            {
                thread = new ThreadBuilder(videoId);
                threads[videoId] = thread;
                order.Add(videoId);
            }

            thread.Url ??= url;
            thread.Platform ??= Text(SocialField.Platform) ?? SourceLinks.PlatformOf(url);
            var likes = Count(source, row, layout, SocialField.Likes) ?? 0m;
            var replies = Count(source, row, layout, SocialField.ReplyCount);
            thread.Comments.Add(new ThreadComment(Text(SocialField.Id), text, (long)likes, replies is { } v ? (long)v : null, Text(SocialField.Published), Text(SocialField.Author)));
        }

        if (withoutVideo > 0)
        {
            source.Warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{withoutVideo} comments name no source video; grouped under thread:unknown"));
        }

        var items = WithGuessedPlatform(
            source,
            [.. order.SelectMany(id => new[] { ToItem(source, threads[id]) }.Concat(Memes(threads[id])))],
            threads.Values.SelectMany(t => t.Comments.Select(c => c.Id)).Concat(order));
        var total = items.Sum(i => i.Metrics.GetValueOrDefault("comment_count"));
        var summary = string.Create(CultureInfo.InvariantCulture, $"{total:0} 条评论，来自 {items.Count} 个视频。");
        return new ExtractedContent
        {
            Title = content.Title ?? layout.Title,
            Sections = items.Count == 0 ? [] : [new TextSection("评论区", summary, "summary")],
            Items = items,
            Encoding = content.Encoding,
        };
    }

    /// <summary>Items whose export names no platform get one from the ids' shape or the key; a guess is marked as such.</summary>
    private static List<ExtractedItem> WithGuessedPlatform(ExtractionSource source, List<ExtractedItem> items, IEnumerable<string?> ids)
    {
        if (items.All(i => i.Fields.ContainsKey("platform")))
        {
            return items;
        }

        var guess = PlatformGuess.FromIds(ids) ?? PlatformGuess.FromPath(source.Key);
        if (guess is null)
        {
            return items;
        }

        return items.Select(i => i.Fields.ContainsKey("platform") ? i : i with
        {
            Fields = new Dictionary<string, string>(i.Fields, StringComparer.Ordinal) { ["platform"] = guess, ["platform_guessed"] = "true" },
        }).ToList();
    }

    /// <summary>The thread's memes (热梗) as items of their own, so a strategist finds the line people repeat, with its count.</summary>
    private static IEnumerable<ExtractedItem> Memes(ThreadBuilder thread)
    {
        var memes = MemeFinder.Find(thread.Comments, MaxMemesPerThread);
        for (var i = 0; i < memes.Count; i++)
        {
            var meme = memes[i];
            var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["video_id"] = thread.VideoId };
            Put(fields, "source_url", thread.Url);
            Put(fields, "platform", thread.Platform);
            Put(fields, "variants", meme.Variants.Count > 0 ? string.Join('\n', meme.Variants) : null);
            yield return new ExtractedItem(
                string.Create(CultureInfo.InvariantCulture, $"meme:{thread.VideoId}:{i + 1}"),
                "meme",
                string.Create(CultureInfo.InvariantCulture, $"热梗 ×{meme.Repeats}：{meme.Example}"),
                string.Join('\n', new[] { meme.Example }.Concat(meme.Variants)))
            {
                Fields = fields,
                Metrics = new Dictionary<string, double>(StringComparer.Ordinal) { ["repeats"] = meme.Repeats, ["likes"] = meme.Likes },
            };
        }
    }

    private const int MaxMemesPerThread = 20;

    private static ExtractedItem ToItem(ExtractionSource source, ThreadBuilder thread)
    {
        // Rank by likes; OrderByDescending is stable, so equal likes keep file order.
        var ranked = thread.Comments.OrderByDescending(c => c.Likes).ToList();
        var kept = ranked.Take(source.Options.MaxCommentsPerThread).ToList();
        if (kept.Count < ranked.Count)
        {
            source.Warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"thread:{thread.VideoId}: only the {kept.Count:N0} most-liked of {ranked.Count:N0} comments are kept as text (Extraction:MaxCommentsPerThread)"));
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["video_id"] = thread.VideoId,
            ["top_comment"] = ranked[0].Text,
            ["comments"] = JsonSerializer.Serialize(kept, SocialJson.Options),
        };
        Put(fields, "source_url", thread.Url);
        Put(fields, "platform", thread.Platform);
        var times = thread.Comments.Select(c => c.Time).Where(t => t is not null).Select(t => t!).Order(StringComparer.Ordinal).ToList();
        if (times.Count > 0)
        {
            fields["first_time"] = times[0];
            fields["last_time"] = times[^1];
        }

        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["comment_count"] = ranked.Count,
            ["total_likes"] = ranked.Sum(c => (double)c.Likes),
            ["top_likes"] = ranked[0].Likes,
        };
        if (ranked.Any(c => c.Replies is not null))
        {
            metrics["reply_count"] = ranked.Sum(c => (double)(c.Replies ?? 0));
        }

        var title = string.Create(CultureInfo.InvariantCulture, $"视频 {thread.VideoId} 的评论（{ranked.Count} 条）");
        return new ExtractedItem("thread:" + thread.VideoId, "comment-thread", title, string.Join('\n', kept.Select(c => c.Text)))
        {
            Fields = fields,
            Metrics = metrics,
        };
    }

    private static bool LooksLikeDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
        || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch is > 946_684_800 and < 4_102_444_800_000);

    private static decimal? Count(ExtractionSource source, SourceRow row, TableLayout<SocialField> layout, SocialField field)
    {
        if (layout.ColumnOf(field) is not { } column)
        {
            return null;
        }

        var text = row.Cell(column).Trim();
        if (ChineseNumber.IsBlankOrPlaceholder(text))
        {
            return null;
        }

        if (ChineseNumber.TryParse(text, out var value))
        {
            return value;
        }

        source.Warnings.Add($"{row.Label}: {layout.Headers[column]} '{Shorten(text)}' is not a number; left out");
        return null;
    }

    private static string UnknownShape(TableContent content, TableLayout<SocialField>? layout)
    {
        var headers = layout?.Headers ?? content.Tables.SelectMany(t => t.Rows.Take(1)).SelectMany(r => r.Cells).ToList();
        return "unknown social export shape: expected notes (title, desc/content/正文, likes/点赞, collects/收藏 …) or comments "
               + "(评论内容/comment, 点赞数/likes, 视频ID/来源视频 …); found columns: "
               + string.Join(", ", headers.Where(h => !string.IsNullOrWhiteSpace(h)).Take(20).Select(Shorten));
    }

    private static string Unique(string id, HashSet<string> ids)
    {
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++)
        {
            candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= MaxTitleChars ? line : line[..MaxTitleChars] + "…";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static void Put(Dictionary<string, string> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields[key] = value;
        }
    }
}
