using AssetBank.Core.Text;
using System.Globalization;
using AssetBank.Core.Media;
using AssetBank.Media.Ocr;

namespace AssetBank.OcrEval;

/// <summary>Scores OCR lines against the captions drawn into a video.</summary>
public static class CaptionScorer
{
    public static CaptionScore Score(IReadOnlyList<CaptionTruth> truth, IReadOnlyList<OcrLine> lines)
    {
        int found = 0, exact = 0, characters = 0, correct = 0;
        var used = new HashSet<OcrLine>();
        var details = new List<string>();
        foreach (var caption in truth)
        {
            var candidates = lines.Where(l => l.Start.TotalSeconds < caption.End && l.End.TotalSeconds > caption.Start).ToList();
            var best = candidates.OrderBy(l => EditDistance.Between(Normalize(l.Text), caption.Text)).FirstOrDefault();
            var right = best is null ? 0 : Math.Max(0, caption.Text.Length - EditDistance.Between(Normalize(best.Text), caption.Text));
            characters += caption.Text.Length;
            correct += right;
            if (best is not null && right * 2 >= caption.Text.Length)
            {
                found++;
                used.UnionWith(candidates.Where(c => OcrLineMerger.Similarity(Normalize(c.Text), caption.Text) >= 0.5));
            }

            if (best is not null && Normalize(best.Text) == caption.Text)
            {
                exact++;
            }

            details.Add(string.Create(CultureInfo.InvariantCulture, $"{caption.Start,5:0.0}s {caption.Style,-36} {caption.Text} → {best?.Text ?? "(nothing)"}"));
        }

        var extra = lines.Where(l => !used.Contains(l)).ToList();
        details.AddRange(extra.Select(l => string.Create(CultureInfo.InvariantCulture, $"extra {l.Start.TotalSeconds:0.0}–{l.End.TotalSeconds:0.0}s: {l.Text} ({l.Confidence:0.00})")));
        return new CaptionScore(found, exact, characters, correct, extra.Count, details);
    }

    /// <summary>Captions carry no punctuation; OCR sometimes reads a stray mark.</summary>
    private static string Normalize(string text) => new([.. text.Where(OcrTextFilter.IsHanzi)]);
}
