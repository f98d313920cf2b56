using System.Globalization;
using System.IO.Compression;
using System.Text;
using AssetBank.Application.Reuse;
using AssetBank.Core.Assets;
using AssetBank.Core.Catalog;
using AssetBank.Core.Collections;
using AssetBank.Core.Errors;
using AssetBank.Core.Search;
using AssetBank.Core.Storage;

namespace AssetBank.Application.Collections;

/// <summary>
/// Exports a collection as a zip (shots cut from their videos with ffmpeg, keyframes, whole assets, and a markdown
/// sheet and CSV of every item) or as a CSV alone. Items are written one at a time straight into the archive, so
/// memory stays flat however long the collection is; an item that cannot be exported is listed with why, and the
/// rest go on.
/// </summary>
public sealed class ExportCollections(ICollectionStore store, IAssetReader assets, IObjectStore objects, IClipCutter cutter)
{
    private static readonly string[] CsvHeader = ["position", "item_id", "kind", "asset_key", "shot", "start_seconds", "end_seconds", "time_code", "title", "text", "note", "added_by", "added_at"];

    public async Task<CollectionExportReport> ZipAsync(string name, string who, string outputPath, IProgress<CollectionExportProgress>? progress, CancellationToken cancellationToken)
    {
        var collection = await ReadableAsync(name, who, cancellationToken);
        var target = Path.GetFullPath(outputPath);
        var partial = target + ".partial";
        var problems = new List<string>();
        var files = 0;
        var scratch = Directory.CreateTempSubdirectory("assetbank-export-").FullName;
        var titles = new Dictionary<long, string?>();
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false, entryNameEncoding: Encoding.UTF8))
            {
                SourceCache? source = null;
                var done = 0;
                foreach (var item in collection.Items)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    try
                    {
                        files += await WriteItemAsync(zip, item, scratch, titles, source, s => source = s, cancellationToken);
                    }
                    catch (Exception e) when (e is AssetBankException or IOException)
                    {
                        problems.Add($"{item.Position}. {Describe(item)}: {e.Message}");
                    }

                    progress?.Report(new CollectionExportProgress(++done, collection.Items.Count, Describe(item)));
                }

                await using (var sheet = new StreamWriter(zip.CreateEntry("collection.md").Open(), new UTF8Encoding(false)))
                {
                    await WriteMarkdownAsync(sheet, collection, titles, problems, cancellationToken);
                }

                await using (var csv = new StreamWriter(zip.CreateEntry("items.csv").Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
                {
                    await WriteCsvRowsAsync(csv, collection, titles, cancellationToken);
                }
            }

            File.Move(partial, target, overwrite: true);
            return new CollectionExportReport(target, collection.Items.Count, files, new FileInfo(target).Length, problems);
        }
        finally
        {
            File.Delete(partial);
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>One row per item in the collection's order (UTF-8 with a BOM, for spreadsheets).</summary>
    public async Task<int> CsvAsync(string name, string who, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var collection = await ReadableAsync(name, who, cancellationToken);
        var titles = new Dictionary<long, string?>();
        foreach (var id in collection.Items.Where(i => i.AssetId is not null).Select(i => i.AssetId!.Value).Distinct())
        {
            titles[id] = (await assets.FindByIdAsync(id, cancellationToken))?.Metadata.Title;
        }

        await WriteCsvRowsAsync(output, collection, titles, cancellationToken);
        return collection.Items.Count;
    }

    private async Task<CollectionState> ReadableAsync(string name, string who, CancellationToken cancellationToken)
    {
        var person = CollectionRules.Person(who);
        var collection = await CollectionQueries.FindAsync(store, name, cancellationToken);
        CollectionRules.Require(collection, person, CollectionAccess.Read);
        return collection;
    }

    private async Task<int> WriteItemAsync(ZipArchive zip, CollectionItem item, string scratch, Dictionary<long, string?> titles, SourceCache? source, Action<SourceCache?> keep, CancellationToken cancellationToken)
    {
        if (item.Kind == CollectionItemKind.Text || item.AssetId is not { } assetId)
        {
            return 0;
        }

        var asset = await assets.FindByIdAsync(assetId, cancellationToken);
        titles[assetId] = asset?.Metadata.Title;
        if (asset is null || asset.Status == AssetStatus.Deleted)
        {
            throw new RequestRejectedException(item.AssetKey ?? "?", "已从资产库删除 (no longer in the bank); listed only");
        }

        var prefix = string.Create(CultureInfo.InvariantCulture, $"{item.Position:0000}-{SafeName(Path.GetFileNameWithoutExtension(asset.Key))}");
        if (item.Kind == CollectionItemKind.Asset)
        {
            await using var input = await objects.OpenReadAsync(asset.Key, null, cancellationToken);
            await CopyEntryAsync(zip, prefix + Path.GetExtension(asset.Key).ToLowerInvariant(), input, cancellationToken);
            return 1;
        }

        // Shots of one video usually sit together: the downloaded source is kept until another video is needed.
        if (source?.AssetId != asset.Id)
        {
            source?.Delete();
            keep(null);
            source = new SourceCache(asset.Id, Path.Combine(scratch, "source" + Path.GetExtension(asset.Key)));
            await using (var input = await objects.OpenReadAsync(asset.Key, null, cancellationToken))
            await using (var local = File.Create(source.Path))
            {
                await input.CopyToAsync(local, cancellationToken);
            }

            keep(source);
        }

        var shot = string.Create(CultureInfo.InvariantCulture, $"{prefix}-shot{item.ShotIndex}");
        var clip = Path.Combine(scratch, "clip.mp4");
        await cutter.CutAsync(source.Path, item.StartSeconds ?? 0, item.EndSeconds ?? 0, clip, cancellationToken);
        await using (var cut = File.OpenRead(clip))
        {
            await CopyEntryAsync(zip, shot + ".mp4", cut, cancellationToken);
        }

        File.Delete(clip);
        var keyframe = (await assets.GetDerivedAsync(asset.Id, cancellationToken)).Media?.Shots.FirstOrDefault(s => s.Index == item.ShotIndex)?.KeyframeKey;
        if (keyframe is null)
        {
            return 1;
        }

        await using var frame = await objects.OpenReadAsync(keyframe, null, cancellationToken);
        await CopyEntryAsync(zip, shot + ".jpg", frame, cancellationToken);
        return 2;
    }

    private static async Task CopyEntryAsync(ZipArchive zip, string entryName, Stream content, CancellationToken cancellationToken)
    {
        // Video and JPEG do not compress; storing them keeps the export fast.
        await using var entry = zip.CreateEntry(entryName, CompressionLevel.NoCompression).Open();
        await content.CopyToAsync(entry, cancellationToken);
    }

    private static async Task WriteCsvRowsAsync(TextWriter output, CollectionState collection, Dictionary<long, string?> titles, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(string.Join(",", CsvHeader).AsMemory(), cancellationToken);
        foreach (var item in collection.Items)
        {
            object?[] values =
            [
                item.Position, item.Id.ToString(CultureInfo.InvariantCulture), item.Kind.ToString().ToLowerInvariant(), item.AssetKey, item.ShotIndex,
                Seconds(item.StartSeconds), Seconds(item.EndSeconds), TimeCodes.Range(item.StartSeconds, item.EndSeconds),
                item.AssetId is { } id ? titles.GetValueOrDefault(id) : null, item.Text, item.Note, item.AddedBy, item.AddedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ];
            await output.WriteLineAsync(string.Join(",", values.Select(ReuseReportExport.Csv)).AsMemory(), cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
    }

    /// <summary>Every item in order, with notes and texts; written item by item so a long collection never sits in memory as one string.</summary>
    private static async Task WriteMarkdownAsync(TextWriter output, CollectionState collection, Dictionary<long, string?> titles, List<string> problems, CancellationToken cancellationToken)
    {
        await output.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"# {collection.Name}\n\n所有者 (owner): {collection.Owner} · {collection.Items.Count} 项 · 更新于 {collection.UpdatedAt:yyyy-MM-dd HH:mm} UTC\n\n").AsMemory(), cancellationToken);
        var text = new StringBuilder();
        foreach (var item in collection.Items)
        {
            text.Clear();
            text.Append(CultureInfo.InvariantCulture, $"## {item.Position}. ");
            if (item.Kind == CollectionItemKind.Text)
            {
                text.Append("文字 (text)\n\n");
                foreach (var line in (item.Text ?? string.Empty).Split('\n'))
                {
                    text.Append("> ").Append(line.TrimEnd('\r')).Append('\n');
                }
            }
            else
            {
                text.Append('`').Append(item.AssetKey).Append('`');
                if (item.Kind == CollectionItemKind.Shot)
                {
                    text.Append(CultureInfo.InvariantCulture, $" 镜头 {item.ShotIndex} ({TimeCodes.Range(item.StartSeconds, item.EndSeconds)})");
                }

                text.Append('\n');
                if (item.AssetId is { } id && titles.GetValueOrDefault(id) is { } title)
                {
                    text.Append('\n').Append(title).Append('\n');
                }
            }

            if (item.Note is { } note)
            {
                text.Append("\n备注 (note): ").Append(note).Append('\n');
            }

            text.Append(CultureInfo.InvariantCulture, $"\n— {item.AddedBy}, {item.AddedAt:yyyy-MM-dd}\n\n");
            await output.WriteAsync(text, cancellationToken);
        }

        if (problems.Count > 0)
        {
            await output.WriteAsync("## 未能导出 (not exported)\n\n".AsMemory(), cancellationToken);
            foreach (var problem in problems)
            {
                await output.WriteAsync($"- {problem}\n".AsMemory(), cancellationToken);
            }
        }
    }

    private static string? Seconds(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Describe(CollectionItem item) => item.Kind switch
    {
        CollectionItemKind.Text => "文字 " + (item.Text is { Length: > 20 } t ? t[..20] + "…" : item.Text),
        CollectionItemKind.Shot => string.Create(CultureInfo.InvariantCulture, $"{item.AssetKey} 镜头 {item.ShotIndex}"),
        _ => item.AssetKey ?? "?",
    };

    private static string SafeName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return safe.Length > 80 ? safe[..80] : safe;
    }

    private sealed record SourceCache(long AssetId, string Path)
    {
        public void Delete() => File.Delete(Path);
    }
}
