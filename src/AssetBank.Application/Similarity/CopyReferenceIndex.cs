using AssetBank.Core.Similarity;

namespace AssetBank.Application.Similarity;

/// <summary>
/// The LSH candidate index over every stored reference text's signature, built from the catalog once and rebuilt when
/// a library changes. Texts are not kept in memory: a candidate's text is read from the catalog for verification.
/// </summary>
public sealed class CopyReferenceIndex(IReferenceLibraries libraries, ICopySimilarity similarity) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = await libraries.VersionAsync(cancellationToken);
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

    public void Dispose() => _gate.Dispose();

    private async Task<Snapshot> BuildAsync(string version, CancellationToken cancellationToken)
    {
        var licences = (await libraries.ListAsync(cancellationToken)).ToDictionary(l => l.Name, l => l.Licence, StringComparer.OrdinalIgnoreCase);
        var index = similarity.CreateIndex();
        var entries = new Dictionary<long, Entry>();
        await foreach (var copy in libraries.StreamCopyAsync(cancellationToken))
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
