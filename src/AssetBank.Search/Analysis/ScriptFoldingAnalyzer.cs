using AssetBank.Analysis.Chinese;
using Lucene.Net.Analysis;

namespace AssetBank.Search.Analysis;

/// <summary>
/// Puts <see cref="TraditionalChineseFolding"/> in front of another analyzer, so traditional and simplified text index
/// and query as one form (the stored text and offsets stay as written).
/// </summary>
internal sealed class ScriptFoldingAnalyzer(Analyzer inner) : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

    protected override TextReader WrapReader(string fieldName, TextReader reader) => TraditionalChineseFolding.Wrap(reader);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
