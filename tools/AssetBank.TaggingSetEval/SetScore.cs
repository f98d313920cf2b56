namespace AssetBank.TaggingSetEval;

/// <summary>Counts for one dimension (or all pooled): tags emitted, of them right, and labels expected.</summary>
internal sealed class SetScore
{
    public int Predicted { get; set; }

    public int Correct { get; set; }

    public int Expected { get; set; }

    public int Found { get; set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? 0 : (double)Found / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
