using AssetBank.Core.Similarity;

namespace AssetBank.Application.Similarity;

/// <summary>
/// The stage-1 candidate index over every stored reference picture, built from the catalog once and rebuilt only when
/// a library changes (its version moves). Signatures stay in memory for stage-2 verification.
/// </summary>
public sealed class ReferenceIndex(IReferenceLibraries libraries, IImageSimilarity similarity) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;

    /// <summary>The index as of the libraries' current version.</summary>
    public async Task<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = await libraries.VersionAsync(cancellationToken);
        if (_current is { } ready && ready.Version == version)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Version == version)
            {
                return built;
            }

            var licences = (await libraries.ListAsync(cancellationToken)).ToDictionary(l => l.Name, l => l.Licence, StringComparer.OrdinalIgnoreCase);
            var index = similarity.CreateIndex();
            var entries = new Dictionary<long, Entry>();
            await foreach (var picture in libraries.StreamAsync(cancellationToken))
            {
                var signature = ImageSignatureCodec.Decode(picture.Signature, $"{picture.Library}/{picture.ItemId}");
                entries[picture.Id] = new Entry(picture.Id, picture.Library, licences.GetValueOrDefault(picture.Library, string.Empty), picture.ItemId, signature);
                index.Add(picture.Id, signature);
            }

            _current = new Snapshot(version, index, entries);
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>One consistent view: the index, its version, and each reference's signature and provenance.</summary>
    public sealed record Snapshot(string Version, IImageCandidateIndex Index, IReadOnlyDictionary<long, Entry> Entries);

    public sealed record Entry(long Id, string Library, string Licence, string ItemId, ImageSignature Signature);
}
