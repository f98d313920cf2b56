using AssetBank.Core.Similarity;
using AssetBank.Core.Similarity.Audio;

namespace AssetBank.Application.Similarity.Audio;

/// <summary>
/// The offset index over every stored reference track's fingerprint, built from the catalog once and rebuilt when a
/// track or a library changes (a library's licence is read at build time).
/// </summary>
public sealed class AudioReferenceIndex : IDisposable
{
    private readonly IReferenceTracks _tracks;
    private readonly IReferenceLibraries _libraries;
    private readonly IAudioSimilarity _similarity;
    private readonly VersionedSnapshot<Snapshot> _snapshot;

    public AudioReferenceIndex(IReferenceTracks tracks, IReferenceLibraries libraries, IAudioSimilarity similarity)
    {
        (_tracks, _libraries, _similarity) = (tracks, libraries, similarity);
        _snapshot = new VersionedSnapshot<Snapshot>(BuildAsync);
    }

    public async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken) =>
        await _snapshot.GetAsync(await VersionAsync(cancellationToken), cancellationToken);

    /// <summary>Tracks and libraries together: a licence edited by a re-import changes it too.</summary>
    public async Task<string> VersionAsync(CancellationToken cancellationToken) =>
        $"{await _tracks.TracksVersionAsync(cancellationToken)}/{await _libraries.VersionAsync(cancellationToken)}";

    public void Dispose() => _snapshot.Dispose();

    private async Task<Snapshot> BuildAsync(string version, CancellationToken cancellationToken)
    {
        var licences = (await _libraries.ListAsync(cancellationToken)).ToDictionary(l => l.Name, l => l.Licence, StringComparer.OrdinalIgnoreCase);
        var index = _similarity.CreateIndex();
        var entries = new Dictionary<long, Entry>();
        await foreach (var track in _tracks.StreamTracksAsync(cancellationToken))
        {
            entries[track.Id] = new Entry(track.Id, track.Library, licences.GetValueOrDefault(track.Library, string.Empty), track.ItemId, track.DurationSeconds);
            index.Add(track.Id, track.Fingerprint);
        }

        return new Snapshot(version, index, entries);
    }

    /// <summary>One consistent view: the index, its version, and each track's provenance.</summary>
    public sealed record Snapshot(string Version, IAudioTrackIndex Index, IReadOnlyDictionary<long, Entry> Entries);

    public sealed record Entry(long Id, string Library, string Licence, string ItemId, double DurationSeconds);
}
