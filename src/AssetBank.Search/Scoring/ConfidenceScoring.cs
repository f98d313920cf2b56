using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace AssetBank.Search.Scoring;

/// <summary>
/// Scores a dimension term as boost × confidence, the confidence decoded from the term frequency
/// (<see cref="ConfidenceScale"/>). No idf, no length norm: a rare tag is not worth more than a common one.
/// </summary>
internal sealed class ConfidenceScoring : Similarity
{
    public override long ComputeNorm(FieldInvertState state) => 1;

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
        new ConfidenceWeight(queryBoost);

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) =>
        new ConfidenceScorer(((ConfidenceWeight)weight).Value);

    private sealed class ConfidenceWeight : SimWeight
    {
        private readonly float _queryBoost;

        public ConfidenceWeight(float queryBoost)
        {
            _queryBoost = queryBoost;
            Value = queryBoost;
        }

        public float Value { get; private set; }

        public override float GetValueForNormalization() => Value * Value;

        // queryNorm is ignored, as BM25 does: scores stay comparable with the text fields'.
        public override void Normalize(float queryNorm, float topLevelBoost) => Value = _queryBoost * topLevelBoost;
    }

    private sealed class ConfidenceScorer(float boost) : SimScorer
    {
        public override float Score(int doc, float freq) => boost * ConfidenceScale.ToConfidence(freq);

        public override float ComputeSlopFactor(int distance) => 1f;

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1f;
    }
}
