using System.Diagnostics;
using AssetBank.Application.Writing;
using AssetBank.Core.Errors;
using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Audio;

namespace AssetBank.Application.Similarity.Audio;

/// <summary>
/// <c>assetbank reference import DIR --name N --licence L --kind audio</c>: every audio file under the folder, and the
/// soundtrack of every video file, is fingerprinted with the fpcalc ingestion uses — the whole track up to
/// <see cref="MaxTrackSeconds"/> — and stored with its duration. Re-importing is incremental like the other kinds.
/// </summary>
public sealed class ImportAudioReferences(
    IReferenceLibraries libraries,
    IReferenceTracks tracks,
    IAlarmStore alarms,
    IAudioFingerprinter fingerprinter,
    DataFolderWriterLock writerLock,
    TimeProvider time)
{
    /// <summary>Longer recordings (a DJ mix, a day of radio) are fingerprinted up to here; a reuse later in them is not found.</summary>
    public const int MaxTrackSeconds = 30 * 60;

    private const int BatchSize = 50;

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".wav", ".mp3", ".m4a", ".aac", ".flac", ".ogg", ".oga", ".opus", ".wma", ".aif", ".aiff",
        ".mp4", ".mov", ".m4v", ".mkv", ".webm", ".avi", ".mpg", ".mpeg", ".ts", ".flv",
    };

    public static bool IsCandidate(string path) => Extensions.Contains(Path.GetExtension(path));

    public async Task<ReferenceImportReport> ImportAsync(string folder, string name, string licence, bool refresh, IProgress<FolderMatchProgress>? progress, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ReferenceImportRequest.Validate(name, licence, folder);

        var clock = Stopwatch.StartNew();
        name = name.Trim();
        var root = Path.GetFullPath(folder);
        await using var session = await writerLock.AcquireAsync("reference import", waiting, cancellationToken);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), root, 0, time.GetUtcNow()), cancellationToken);
        var problems = new List<FileProblem>();
        var counts = await ReferenceFolderImport.RunAsync<ReferenceTrack>(
            root,
            IsCandidate,
            await tracks.KnownTracksAsync(name, cancellationToken),
            refresh,
            BatchSize,
            async file => await FingerprintAsync(file.FullPath, file.RelativePath, problems, cancellationToken) is { } fingerprint
                ? new ReferenceTrack(0, name, file.RelativePath, file.Size, file.Modified, fingerprint.Duration.TotalSeconds, fingerprint.Values)
                : null,
            batch => tracks.PutTracksAsync(name, batch, cancellationToken),
            gone => tracks.RemoveTracksAsync(name, gone, cancellationToken),
            progress);
        await libraries.SaveLibraryAsync(new ReferenceLibrary(name, licence.Trim(), root, 0, time.GetUtcNow()), cancellationToken);
        await alarms.SetCursorAsync(0, cancellationToken);
        return new ReferenceImportReport(name, counts.Added, counts.Updated, counts.Unchanged, counts.Removed, problems, clock.Elapsed);
    }

    private async Task<Core.Media.AudioFingerprint?> FingerprintAsync(string path, string relative, List<FileProblem> problems, CancellationToken cancellationToken)
    {
        try
        {
            var fingerprint = await fingerprinter.FingerprintAsync(path, MaxTrackSeconds, cancellationToken);
            if (fingerprint is null || fingerprint.Values.Count == 0)
            {
                problems.Add(new FileProblem("references", relative, "has no audio to fingerprint (没有可比对的音频)"));
                return null;
            }

            return fingerprint;
        }
        catch (AssetBankException e) when (!cancellationToken.IsCancellationRequested)
        {
            problems.Add(new FileProblem("references", relative, $"cannot be fingerprinted ({e.Message})"));
            return null;
        }
    }
}
