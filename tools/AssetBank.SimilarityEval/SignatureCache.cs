using AssetBank.Core.Similarity;

namespace AssetBank.SimilarityEval;

/// <summary>
/// The reference signatures and the altered queries of one evaluation run, saved so the stage-1 benchmark can be
/// rerun (<c>stage1 FILE</c>) without decoding and fingerprinting the photos again.
/// </summary>
internal static class SignatureCache
{
    public static void Save(string path, List<ImageSignature> references, List<PlantedQuery> queries)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(references.Count);
        foreach (var reference in references)
        {
            Write(writer, reference);
        }

        writer.Write(queries.Count);
        foreach (var planted in queries)
        {
            writer.Write(planted.Reference);
            writer.Write(planted.Verifiable);
            Write(writer, planted.Query);
        }
    }

    public static (List<ImageSignature> References, List<PlantedQuery> Queries) Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var references = Enumerable.Range(0, reader.ReadInt32()).Select(i => Read(reader, $"reference {i}")).ToList();
        var queries = new List<PlantedQuery>();
        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            var reference = reader.ReadInt32();
            var verifiable = reader.ReadBoolean();
            queries.Add(new PlantedQuery(Read(reader, $"query of {reference}"), reference, verifiable));
        }

        return (references, queries);
    }

    private static void Write(BinaryWriter writer, ImageSignature signature)
    {
        var bytes = ImageSignatureCodec.Encode(signature);
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    private static ImageSignature Read(BinaryReader reader, string name) =>
        ImageSignatureCodec.Decode(reader.ReadBytes(reader.ReadInt32()), name);
}
