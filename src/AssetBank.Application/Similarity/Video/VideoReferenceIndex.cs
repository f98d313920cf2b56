using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Video;

namespace AssetBank.Application.Similarity.Video;

/// <summary>
/// The stage-1 candidate index over every reference video keyframe, with the same engine and signatures as the picture
/// index (<see cref="ReferenceIndex"/>) but its own ids, rebuilt only when a video library changes.
/// </summary>
public sealed class VideoReferenceIndex(IReferenceVideos videos, IReferenceLibraries libraries, IImageSimilarity similarity) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        // Library versions move with every import (and a licence edit), the video store's with every video change.
        var version = $"{await videos.VersionAsync(cancellationToken)}/{await libraries.VersionAsync(cancellationToken)}";
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current?.Version != version)
            {
                _current = await BuildAsync(version, cancellationToken);
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Snapshot> BuildAsync(string version, CancellationToken cancellationToken)
    {
        var licences = (await libraries.ListAsync(cancellationToken)).ToDictionary(l => l.Name, l => l.Licence, StringComparer.OrdinalIgnoreCase);
        var index = similarity.CreateIndex();
        var entries = new Dictionary<long, Entry>();
        await foreach (var frame in videos.StreamFramesAsync(cancellationToken))
        {
            var signature = ImageSignatureCodec.Decode(frame.Signature, $"{frame.Library}/{frame.ItemId}@{frame.Seconds:0.0}");
            entries[frame.Id] = new Entry(frame, licences.GetValueOrDefault(frame.Library, string.Empty), signature);
            index.Add(frame.Id, signature);
        }

        return new Snapshot(version, index, entries);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>One consistent view: the index, its version, and each keyframe with its video, time and signature.</summary>
    public sealed record Snapshot(string Version, IImageCandidateIndex Index, IReadOnlyDictionary<long, Entry> Entries);

    public sealed record Entry(ReferenceVideoFrame Frame, string Licence, ImageSignature Signature);
}
