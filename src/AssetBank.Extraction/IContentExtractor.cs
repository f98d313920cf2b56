using AssetBank.Core.Assets;
using AssetBank.Core.Extraction;

namespace AssetBank.Extraction;

/// <summary>Text, tables and social exports → <see cref="ExtractedContent"/>, chosen by the asset's detected format and kind.</summary>
public interface IContentExtractor
{
    /// <summary>Whether this extractor reads assets of this kind and format (copy, KOL lists, social exports).</summary>
    bool CanExtract(Asset asset);

    /// <summary>Extracts the local copy of <paramref name="asset"/>.</summary>
    /// <exception cref="Core.Errors.ContentRejectedException">The content is bad input; the message names the key and the problem.</exception>
    Task<ExtractedContent> ExtractAsync(Asset asset, string localPath, CancellationToken cancellationToken);
}
