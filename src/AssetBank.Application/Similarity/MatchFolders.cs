using System.Collections.Concurrent;
using System.Diagnostics;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity;

/// <summary>
/// The batch check (<c>assetbank similarity match</c>): decodes and describes every reference picture, indexes them,
/// then checks every query picture through the same stages as ingestion — candidates from the index, geometric
/// verification, calibrated percentage. Files that cannot be compared are reported, never fatal.
/// </summary>
public sealed class MatchFolders(IPictureDecoder decoder, IImageSimilarity similarity, IOptions<SimilarityOptions> options)
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

        var references = new ImageSignature?[referenceFiles.Count];
        await ForEachAsync(referenceFiles.Count, "references", progress, i =>
        {
            references[i] = Describe(referenceFiles[i], "references", asQuery: false, problems);
        }, cancellationToken).ConfigureAwait(false);

        var index = similarity.CreateIndex();
        for (var i = 0; i < references.Length; i++)
        {
            if (references[i] is { } signature)
            {
                index.Add(i, signature);
                uniform += signature.IsUniform ? 1 : 0;
            }
        }

        var found = new ConcurrentBag<FolderMatch>();
        await ForEachAsync(queryFiles.Count, "queries", progress, q =>
        {
            if (Describe(queryFiles[q], "queries", asQuery: true, problems) is not { } query)
            {
                return;
            }

            if (query.IsUniform)
            {
                Interlocked.Increment(ref uniform);
                return;
            }

            foreach (var candidate in index.Query(query, _options.CandidatesPerQuery))
            {
                var comparison = similarity.Compare(query, references[candidate.Id]!);
                if (comparison.Percent >= _options.ReportFloorPercent)
                {
                    found.Add(new FolderMatch(queryFiles[q].RelativePath, referenceFiles[(int)candidate.Id].RelativePath, comparison.Percent));
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

    private ImageSignature? Describe(PictureFile file, string side, bool asQuery, ConcurrentBag<FileProblem> problems)
    {
        try
        {
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            return similarity.Describe(decoder.Decode(stream, file.RelativePath), asQuery);
        }
        catch (ContentRejectedException e)
        {
            problems.Add(new FileProblem(side, file.RelativePath, e.Problem));
        }
        catch (IOException e)
        {
            problems.Add(new FileProblem(side, file.RelativePath, $"cannot be read ({e.Message})"));
        }
        catch (UnauthorizedAccessException e)
        {
            problems.Add(new FileProblem(side, file.RelativePath, $"cannot be read ({e.Message})"));
        }

        return null;
    }

    private async Task ForEachAsync(int count, string phase, IProgress<FolderMatchProgress>? progress, Action<int> body, CancellationToken cancellationToken)
    {
        var done = 0;
        progress?.Report(new FolderMatchProgress(phase, 0, count));
        var parallelism = _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, (i, _) =>
        {
            body(i);
            progress?.Report(new FolderMatchProgress(phase, Interlocked.Increment(ref done), count));
            return ValueTask.CompletedTask;
        }).ConfigureAwait(false);
    }
}
