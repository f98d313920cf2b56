using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Media;
using AssetBank.Core.Storage;
using AssetBank.Media.Probing;
using AssetBank.Media.Processes;

namespace AssetBank.Media.Subtitles;

/// <summary>
/// A video's subtitle text from every source it has: sidecar files stored beside it with the same stem, then its
/// embedded text streams, at most <see cref="MaxSubtitleTracks"/> in all. Failures of one source become warnings.
/// </summary>
internal sealed class VideoSubtitleSources(IObjectStore store, MediaOptions options, EmbeddedSubtitleExtractor extractor)
{
    private const int MaxSubtitleTracks = 4;
    private static readonly string[] SidecarExtensions = [".srt", ".ass", ".ssa"];

    public async Task<(IReadOnlyList<SubtitleCue> Cues, IReadOnlyList<string> Sources)> ReadAsync(
        Asset asset, string path, MediaProbe probe, List<string> warnings, CancellationToken ct)
    {
        var cues = new List<SubtitleCue>();
        var sources = new List<string>();

        foreach (var sidecar in await FindSidecarsAsync(asset.Key, ct))
        {
            if (sources.Count >= MaxSubtitleTracks)
            {
                break;
            }

            try
            {
                var bytes = await ReadBoundedAsync(sidecar.Key, ct);
                var parsed = SubtitleReader.Read(bytes, sidecar.Key);
                if (parsed.Count > 0)
                {
                    cues.AddRange(parsed);
                    sources.Add($"sidecar {sidecar.Key}");
                }
            }
            catch (ObjectNotFoundException)
            {
                // Deleted between listing and reading.
            }
        }

        foreach (var stream in probe.SubtitleStreams)
        {
            if (sources.Count >= MaxSubtitleTracks)
            {
                break;
            }

            if (!EmbeddedSubtitleExtractor.IsText(stream))
            {
                warnings.Add($"subtitle stream {stream.Index} ({stream.Codec}) is a picture format; its text was not read");
                continue;
            }

            try
            {
                var parsed = await extractor.ExtractAsync(path, stream, probe.Duration, ct);
                if (parsed.Count > 0)
                {
                    cues.AddRange(parsed);
                    sources.Add(stream.Language is { } language ? $"embedded stream {stream.Index} ({language})" : $"embedded stream {stream.Index}");
                }
            }
            catch (MediaToolException ex)
            {
                warnings.Add($"subtitle stream {stream.Index} could not be extracted: {ex.Reason}");
            }
        }

        return (cues, sources);
    }

    /// <summary>Subtitle files stored next to the video with the same stem: <c>film.srt</c>, <c>film.zh.srt</c>, <c>film.ass</c>.</summary>
    private async Task<List<StoredObject>> FindSidecarsAsync(string key, CancellationToken ct)
    {
        var slash = key.LastIndexOf('/');
        var dot = key.LastIndexOf('.');
        var stem = dot > slash ? key[..dot] : key;
        var found = new List<StoredObject>();
        await foreach (var candidate in store.ListAsync(stem + ".", ct))
        {
            var rest = candidate.Key[stem.Length..];
            if (!rest.Contains('/', StringComparison.Ordinal) &&
                SidecarExtensions.Any(e => rest.EndsWith(e, StringComparison.OrdinalIgnoreCase)) &&
                candidate.Size <= options.MaxSubtitleBytes)
            {
                found.Add(candidate);
            }
        }

        return found;
    }

    private async Task<byte[]> ReadBoundedAsync(string key, CancellationToken ct)
    {
        await using var stream = await store.OpenReadAsync(key, null, ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxSubtitleBytes)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
