using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AssetBank.Application.Similarity.Video;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;
using AssetBank.Core.Search;
using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity;

/// <summary>
/// The batch check (<c>assetbank similarity match</c>): decodes and describes every reference picture and every keyframe
/// of every reference video (sampled as <c>reference import --kind video</c> samples them), indexes them, then checks
/// every query picture and video keyframe through the same stages as ingestion — candidates from the index, geometric
/// verification, calibrated percentage. A keyframe is named <c>path@mm:ss.t</c>; against one reference video only its
/// best-matching keyframe is kept per query picture or keyframe. Files that cannot be compared are reported, never fatal.
/// </summary>
public sealed class MatchFolders(IPictureDecoder decoder, IImageSimilarity similarity, IVideoFrameSampler sampler, IOptions<SimilarityOptions> options)
{
    private readonly SimilarityOptions _options = options.Value;

    /// <exception cref="ArgumentException">A folder does not exist or the threshold is outside 0–100.</exception>
    public async Task<FolderMatchReport> RunAsync(FolderMatchRequest request, IProgress<FolderMatchProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var threshold = request.ThresholdPercent ?? _options.AlarmThresholdPercent;
        if (threshold is < 0 or > 100 || double.IsNaN(threshold))
        {
            throw new ArgumentException($"The threshold {threshold} is not a percentage between 0 and 100.", nameof(request));
        }

        foreach (var folder in new[] { request.ReferencesFolder, request.QueriesFolder })
        {
            if (!Directory.Exists(folder))
            {
                throw new ArgumentException($"The folder '{folder}' does not exist.", nameof(request));
            }
        }

        var clock = Stopwatch.StartNew();
        var problems = new ConcurrentBag<FileProblem>();
        var uniform = 0;
        var referenceFiles = PictureFolder.List(request.ReferencesFolder);
        var queryFiles = PictureFolder.List(request.QueriesFolder);

        var described = new IReadOnlyList<FolderItem>[referenceFiles.Count];
        await ForEachAsync(referenceFiles.Count, "references", progress, async (i, ct) =>
        {
            described[i] = await DescribeAsync(referenceFiles[i], "references", asQuery: false, problems, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        var references = described.SelectMany(items => items).ToList();
        var index = similarity.CreateIndex();
        for (var i = 0; i < references.Count; i++)
        {
            index.Add(i, references[i].Signature);
            uniform += references[i].Signature.IsUniform ? 1 : 0;
        }

        var found = new ConcurrentBag<FolderMatch>();
        await ForEachAsync(queryFiles.Count, "queries", progress, async (q, ct) =>
        {
            foreach (var query in await DescribeAsync(queryFiles[q], "queries", asQuery: true, problems, ct).ConfigureAwait(false))
            {
                if (query.Signature.IsUniform)
                {
                    Interlocked.Increment(ref uniform);
                    continue;
                }

                foreach (var match in Match(query, references, index))
                {
                    found.Add(match);
                }
            }
        }, cancellationToken).ConfigureAwait(false);

        var matches = found
            .OrderBy(m => m.QueryFile, StringComparer.Ordinal)
            .ThenByDescending(m => m.SimilarityPercent)
            .ThenBy(m => m.ReferenceFile, StringComparer.Ordinal)
            .ToList();
        return new FolderMatchReport(
            matches,
            matches.Where(m => m.SimilarityPercent > threshold).ToList(),
            problems.OrderBy(p => p.Side, StringComparer.Ordinal).ThenBy(p => p.RelativePath, StringComparer.Ordinal).ToList(),
            referenceFiles.Count,
            queryFiles.Count,
            uniform,
            threshold,
            clock.Elapsed);
    }

    /// <summary>The best pair per reference file at or above the report floor: one row per reference picture, and per
    /// reference video only its best-scoring keyframe (a reviewer reads which moment was copied, not every
    /// near-identical frame of one shot).</summary>
    private Dictionary<string, FolderMatch>.ValueCollection Match(FolderItem query, List<FolderItem> references, IImageCandidateIndex index)
    {
        var best = new Dictionary<string, FolderMatch>(StringComparer.Ordinal);
        foreach (var candidate in index.Query(query.Signature, _options.CandidatesPerQuery))
        {
            var reference = references[(int)candidate.Id];
            var percent = similarity.Compare(query.Signature, reference.Signature).Percent;
            if (percent >= _options.ReportFloorPercent
                && (!best.TryGetValue(reference.SourceFile, out var kept)
                    || percent > kept.SimilarityPercent
                    || (percent == kept.SimilarityPercent && string.CompareOrdinal(reference.Name, kept.ReferenceFile) < 0)))
            {
                best[reference.SourceFile] = new FolderMatch(query.Name, reference.Name, percent);
            }
        }

        return best.Values;
    }

    /// <summary>A picture as one item; a video as its non-blank keyframes; nothing (and a problem) for a file that cannot be compared.</summary>
    private async Task<IReadOnlyList<FolderItem>> DescribeAsync(PictureFile file, string side, bool asQuery, ConcurrentBag<FileProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            if (JobKinds.FromKey(file.RelativePath) == JobKinds.Video)
            {
                var sampled = await sampler.SampleAsync(file.FullPath, file.RelativePath, ImportVideoReferences.KeyframeSpacingSeconds, cancellationToken).ConfigureAwait(false);
                return [.. KeyframeSignatures.Describe(sampled, file.RelativePath, decoder, similarity, asQuery, Parallelism, cancellationToken)
                    .Select(k => new FolderItem(KeyframeName(file.RelativePath, k.Sample.Seconds), file.RelativePath, k.Signature))];
            }

            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            return [new FolderItem(file.RelativePath, file.RelativePath, similarity.Describe(decoder.Decode(stream, file.RelativePath), asQuery))];
        }
        catch (ContentRejectedException e)
        {
            problems.Add(new FileProblem(side, file.RelativePath, e.Problem));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new FileProblem(side, file.RelativePath, $"cannot be read ({e.Message})"));
        }

        return [];
    }

    /// <summary><c>clips/ad.mp4@00:12.4</c>: the file, then its time as <c>mm:ss.t</c> (<c>h:mm:ss.t</c> from an hour on), truncated to tenths.</summary>
    internal static string KeyframeName(string file, double seconds)
    {
        var tenths = double.IsFinite(seconds) && seconds > 0 ? (long)Math.Floor(seconds * 10) % 10 : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{file}@{TimeCodes.Format(seconds)}.{tenths}");
    }

    private int Parallelism => _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount;

    private async Task ForEachAsync(int count, string phase, IProgress<FolderMatchProgress>? progress, Func<int, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        var done = 0;
        progress?.Report(new FolderMatchProgress(phase, 0, count));
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            await body(i, ct).ConfigureAwait(false);
            progress?.Report(new FolderMatchProgress(phase, Interlocked.Increment(ref done), count));
        }).ConfigureAwait(false);
    }
}
