using AssetBank.Core.Similarity;

namespace AssetBank.Similarity.Indexing;

/// <summary>The hashes a query is looked up by; a reference is indexed by its whole, its centre and its crop windows.</summary>
internal static class QueryHashes
{
    public static Hash256[] Of(ImageSignature query) => [query.Full, query.Centre, query.Mirror, query.CentreMirror];

    public static Hash256[] Indexed(ImageSignature reference) => [reference.Full, reference.Centre, .. reference.Windows];
}
