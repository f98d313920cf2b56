using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>Reads the data files compiled into this assembly (see Resources/NOTICE.md).</summary>
internal static class EmbeddedData
{
    public const string CoreDictionary = "AssetBank.Analysis.Chinese.jieba-dict.txt.gz";
    public const string HmmTables = "AssetBank.Analysis.Chinese.jieba-hmm.txt.gz";
    public const string AdVocabulary = "AssetBank.Analysis.Chinese.ad-vocabulary.txt";
    public const string OpenCcCharacters = "AssetBank.Analysis.Chinese.TSCharacters.txt";
    public const string OpenCcPhrases = "AssetBank.Analysis.Chinese.TSPhrases.txt";

    /// <summary>The whole resource as text, gunzipped when its name ends in .gz.</summary>
    public static string ReadText(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
        using Stream content = name.EndsWith(".gz", StringComparison.Ordinal)
            ? new GZipStream(stream, CompressionMode.Decompress)
            : stream;
        // One copy into a growing byte buffer and one decode: faster than a StreamReader's char chunks.
        using var bytes = new MemoryStream(capacity: (int)Math.Min(stream.Length * 3, int.MaxValue / 2));
        content.CopyTo(bytes, 1 << 16);
        var data = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }

        return Encoding.UTF8.GetString(data);
    }
}
