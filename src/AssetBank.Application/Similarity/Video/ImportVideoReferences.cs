using System.Diagnostics;
using AssetBank.Application.Writing;
using AssetBank.Core.Errors;
using AssetBank.Core.Jobs;
using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;
using Microsoft.Extensions.Options;

namespace AssetBank.Application.Similarity.Video;

/// <summary>
/// <c>assetbank reference import DIR --kind video --name N --licence L</c>: every video under the folder is cut into shots
/// as ingestion cuts them, keyframes are taken from each shot (one per <see cref="KeyframeSpacingSeconds"/> or less) and
/// fingerprinted as reference pictures are, and stored with the video, shot and time. Re-importing is incremental; files
/// other than videos are left alone.
/// </summary>
public sealed class ImportVideoReferences(
    IReferenceLibraries libraries,
    IReferenceVideos videos,
    IAlarmStore alarms,
    IVideoFrameSampler sampler,
    IPictureDecoder decoder,
    IImageSimilarity similarity,
    DataFolderWriterLock writerLock,
    IOptions<SimilarityOptions> options,
    TimeProvider time)
{
    /// <summary>Longest time between two keyframes of one reference shot.</summary>
    public const double KeyframeSpacingSeconds = 4.0;

    public async Task<ReferenceImportReport> ImportAsync(string folder, string name, string licence, bool refresh, IProgress<FolderMatchProgress>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ReferenceImportRequest.Validate(name, licence, folder);

        var clock = Stopwatch.StartNew();
        name = name.Trim();
        var library = new ReferenceLibrary(name, licence.Trim(), Path.GetFullPath(folder), 0, time.GetUtcNow());
        await using var session = await writerLock.AcquireAsync("reference import", waiting, cancellationToken);
        await libraries.SaveLibraryAsync(library, cancellationToken);
        var known = await videos.KnownVideosAsync(name, cancellationToken);
        var files = PictureFolder.List(folder).Where(f => JobKinds.FromKey(f.RelativePath) == JobKinds.Video).ToList();
        var changed = ChangedFiles.Find(files, known, refresh);

        var problems = new List<FileProblem>();
        progress?.Report(new FolderMatchProgress("references", 0, changed.Count));
        for (var i = 0; i < changed.Count; i++)
        {
            var (file, size, modified) = changed[i];
            try
            {
                var sampled = await sampler.SampleAsync(file.FullPath, file.RelativePath, KeyframeSpacingSeconds, cancellationToken);
                var frames = Fingerprint(name, file.RelativePath, sampled, cancellationToken);
                await videos.PutVideoAsync(new ReferenceVideo(name, file.RelativePath, size, modified, sampled.DurationSeconds, frames), cancellationToken);
            }
            catch (ContentRejectedException e)
            {
                problems.Add(new FileProblem("references", file.RelativePath, e.Problem));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new FileProblem("references", file.RelativePath, $"cannot be read ({e.Message})"));
            }

            progress?.Report(new FolderMatchProgress("references", i + 1, changed.Count));
        }

        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var gone = known.Keys.Where(k => !present.Contains(k)).ToList();
        await videos.RemoveVideosAsync(name, gone, cancellationToken);
        await libraries.SaveLibraryAsync(library with { ImportedAt = time.GetUtcNow() }, cancellationToken);
        // Every asset is checked again against the changed libraries at the next catch-up.
        await alarms.SetCursorAsync(0, cancellationToken);
        var failed = problems.Select(p => p.RelativePath).ToHashSet(StringComparer.Ordinal);
        var added = changed.Count(c => !known.ContainsKey(c.File.RelativePath) && !failed.Contains(c.File.RelativePath));
        var updated = changed.Count(c => known.ContainsKey(c.File.RelativePath) && !failed.Contains(c.File.RelativePath));
        return new ReferenceImportReport(name, added, updated, files.Count - changed.Count, gone.Count, problems, clock.Elapsed);
    }

    /// <summary>Image signatures of the sampled keyframes (blank frames — fades, black — are left out: they match nothing).</summary>
    private List<ReferenceVideoFrame> Fingerprint(string library, string itemId, SampledVideo sampled, CancellationToken cancellationToken)
    {
        var parallelism = options.Value.Parallelism > 0 ? options.Value.Parallelism : Environment.ProcessorCount;
        return [.. KeyframeSignatures.Describe(sampled, itemId, decoder, similarity, asQuery: false, parallelism, cancellationToken)
            .Select(d => new ReferenceVideoFrame(0, library, itemId, d.Sample.ShotIndex, d.Sample.ShotStartSeconds, d.Sample.ShotEndSeconds, d.Sample.Seconds, ImageSignatureCodec.Encode(d.Signature)))];
    }
}
