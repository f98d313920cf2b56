using AssetBank.Core.Similarity;

namespace AssetBank.Application.Similarity;

/// <summary>
/// The LSH candidate index over every stored reference text's signature, built from the catalog once and rebuilt when
/// a library changes. Texts are not kept in memory: a candidate's text is read from the catalog for verification.
/// </summary>
public sealed class CopyReferenceIndex : IDisposable
{
    private readonly IReferenceLibraries _libraries;
    private readonly ICopySimilarity _similarity;
    private readonly VersionedSnapshot<Snapshot> _snapshot;

    public CopyReferenceIndex(IReferenceLibraries libraries, ICopySimilarity similarity)
    {
        (_libraries, _similarity) = (libraries, similarity);
        _snapshot = new VersionedSnapshot<Snapshot>(BuildAsync);
    }

    public async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken) =>
        await _snapshot.GetAsync(await _libraries.VersionAsync(cancellationToken), cancellationToken);

    public void Dispose() => _snapshot.Dispose();

    private async Task<Snapshot> BuildAsync(string version, CancellationToken cancellationToken)
    {
        var licences = (await _libraries.ListAsync(cancellationToken)).ToDictionary(l => l.Name, l => l.Licence, StringComparer.OrdinalIgnoreCase);
        var index = _similarity.CreateIndex();
        var entries = new Dictionary<long, Entry>();
        await foreach (var copy in _libraries.StreamCopyAsync(cancellationToken))
        {
            entries[copy.Id] = new Entry(copy.Id, copy.Library, licences.GetValueOrDefault(copy.Library, string.Empty), copy.ItemId);
            index.Add(copy.Id, CopySignatureCodec.Decode(copy.Signature, $"{copy.Library}/{copy.ItemId}"));
        }

        return new Snapshot(version, index, entries);
    }

    /// <summary>One consistent view: the index, its version, and each reference text's provenance.</summary>
    public sealed record Snapshot(string Version, ICopyCandidateIndex Index, IReadOnlyDictionary<long, Entry> Entries);

    public sealed record Entry(long Id, string Library, string Licence, string ItemId);
}
