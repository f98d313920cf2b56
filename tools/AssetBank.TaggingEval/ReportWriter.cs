using System.Globalization;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Evaluation;

namespace AssetBank.TaggingEval;

/// <summary>Writes a <see cref="LibraryEvaluation"/> as readable tables (the text RESULTS.md records).</summary>
public static class ReportWriter
{
    private const int KindWidth = 16;
    private const int DimensionWidth = 22;

    private static readonly string[] ScoreHeaders = ["judged", "predicted", "correct", "precision", "recall", "F1", "top-1"];

    public static string Write(LibraryEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var inv = CultureInfo.InvariantCulture;
        var e = evaluation;
        var lines = new List<string>
        {
            string.Create(inv, $"Tagging on the sample library: {e.Size}, seed {e.Seed}, generator {e.GeneratorVersion}, {e.ManifestEntries} files ({e.ThemedEntries} with themes)"),
            "machine: " + e.Machine,
            string.Create(inv, $"date:    {e.MeasuredAt:yyyy-MM-dd HH:mm} UTC"),
            string.Create(inv, $"tagger:  {e.Tagger}, taxonomy {e.TaxonomyVersion[..Math.Min(12, e.TaxonomyVersion.Length)]}; counted: tags ≥ {e.Options.MinConfidence:0.00}")
                + (e.Options.TopK is { } k ? string.Create(inv, $", strongest {k} per dimension") : string.Empty)
                + (e.Options.HierarchyLenient ? "; a parent or child of an expected term is neither right nor wrong" : "; exact terms only"),
            string.Create(inv, $"ingest:  {e.Ingestion.Listed} listed, {e.Ingestion.Processed} processed, {e.Ingestion.Unchanged} unchanged, {e.Ingestion.Failed} failed, {e.Ingestion.Elapsed.TotalSeconds:0.0} s"),
            string.Empty,
        };

        foreach (var summary in new[] { e.Overall, e.WithText, e.Assets, e.Parts })
        {
            lines.Add(string.Create(inv, $"{Title(summary.Name)} ({summary.Items} items)"));
            lines.AddRange(DimensionTable(summary));
            lines.Add(string.Empty);
        }

        lines.Add("By kind: precision / recall per dimension (— where the kind is not judged on it)");
        lines.Add(TerminalText.PadRight("kind", KindWidth) + TerminalText.PadLeft("items", 5) + string.Concat(TagDimensions.All.Select(d => TerminalText.PadLeft(TagDimensions.ToChinese(d), 14))));
        foreach (var kind in e.ByKind)
        {
            lines.Add(TerminalText.PadRight(kind.Name, KindWidth) + TerminalText.PadLeft(kind.Items.ToString(inv), 5)
                + string.Concat(TagDimensions.All.Select(d => TerminalText.PadLeft(PrecisionRecall(kind[d]), 14))));
        }

        lines.Add(string.Empty);
        lines.Add("Confidence floor: overall precision / recall per dimension");
        lines.Add(TerminalText.PadRight("floor", KindWidth) + string.Concat(TagDimensions.All.Select(d => TerminalText.PadLeft(TagDimensions.ToChinese(d), 14))));
        foreach (var row in e.Sweep)
        {
            lines.Add(TerminalText.PadRight(string.Create(inv, $"≥ {row.MinConfidence:0.00}"), KindWidth)
                + string.Concat(TagDimensions.All.Select(d => TerminalText.PadLeft(PrecisionRecall(row.Overall[d]), 14))));
        }

        if (e.Notes.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Notes");
            lines.AddRange(e.Notes.Select(n => "- " + n));
        }

        if (e.Ingestion.Failures.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add(string.Create(inv, $"Ingestion failures ({e.Ingestion.Failures.Count}; the library's bad/ folder is meant to fail)"));
            lines.AddRange(e.Ingestion.Failures.Select(f => "- " + f.Key + ": " + f.Reason));
        }

        var offTopic = e.Items.Where(i => !i.IsJudged).ToList();
        if (offTopic.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add(string.Create(inv, $"Off-topic ({offTopic.Count}, not scored)"));
            lines.AddRange(offTopic.Select(i => $"- [{i.Kind}] {i.ItemId}: " + (i.Predicted.Count == 0
                ? "no tags"
                : string.Join(", ", i.Predicted.OrderBy(t => t.Dimension).ThenByDescending(t => t.Confidence)
                    .Select(t => t.Label + " " + t.Confidence.ToString("0.00", inv))))));
        }

        lines.Add(string.Empty);
        lines.Add(string.Create(inv, $"Misses ({e.Misses.Count}): missing = expected but not tagged; wrong = tagged, not expected nor a parent/child of it"));
        lines.AddRange(e.Misses.Select(Miss));
        return string.Join('\n', lines) + "\n";
    }

    private static IEnumerable<string> DimensionTable(ScoreSummary summary)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return TerminalText.PadRight("dimension", DimensionWidth) + string.Concat(
            ScoreHeaders.Select(h => TerminalText.PadLeft(h, 10)));
        foreach (var score in summary.Dimensions)
        {
            yield return TerminalText.PadRight(Header(score.Dimension), DimensionWidth)
                + TerminalText.PadLeft(score.Judged.ToString(inv), 10)
                + TerminalText.PadLeft(score.Predicted.ToString(inv), 10)
                + TerminalText.PadLeft(score.Correct.ToString(inv), 10)
                + TerminalText.PadLeft(score.Precision.ToString("0.000", inv), 10)
                + TerminalText.PadLeft(score.Recall.ToString("0.000", inv), 10)
                + TerminalText.PadLeft(score.F1.ToString("0.000", inv), 10)
                + TerminalText.PadLeft(score.Top1Accuracy.ToString("0.000", inv), 10);
        }
    }

    private static string PrecisionRecall(DimensionScore score)
    {
        var inv = CultureInfo.InvariantCulture;
        if (score.Judged == 0 && score.Predicted == 0)
        {
            return "—";
        }

        var precision = score.Predicted == 0 ? "—" : score.Precision.ToString("0.00", inv);
        var recall = score.Judged == 0 ? "—" : score.Recall.ToString("0.00", inv);
        return precision + " / " + recall;
    }

    private static string Miss(LibraryMiss miss)
    {
        var parts = new List<string>();
        if (miss.Missing.Count > 0)
        {
            parts.Add("missing " + string.Join("、", miss.Missing));
        }

        if (miss.Wrong.Count > 0)
        {
            parts.Add("wrong " + string.Join("、", miss.Wrong));
        }

        parts.Add(miss.Predicted.Count == 0 ? "no tags" : "tags " + string.Join(", ", miss.Predicted));
        var problem = miss.Problem is null ? string.Empty : " [" + miss.Problem + "]";
        return $"- [{miss.Kind}] {miss.ItemId} · {TagDimensions.ToChinese(miss.Dimension)}: {string.Join("; ", parts)}{problem}";
    }

    private static string Header(TagDimension dimension) => TagDimensions.ToChinese(dimension) + " " + TagDimensions.ToWire(dimension);

    private static string Title(string name) => name switch
    {
        "overall" => "Overall: files and their parts",
        "with text" => "With text: items ingestion gave the tagger words for (posters, unsubtitled videos and their shots have none)",
        "assets" => "Files (asset level)",
        "parts" => "Parts (shots, notes, comment threads, KOL rows)",
        _ => name,
    };
}
