using System.Globalization;
using AssetBank.Core.Tagging;
using AssetBank.Tagging.Lexicon;
using AssetBank.Tagging.Taxonomies;
using AssetBank.TaggingSetEval;

// Tagging on an archive-style set written for this purpose: the offline lexicon tagger against a label-plus-synonym
// matcher (the same taxonomy without keywords), per dimension, top-1 and all emitted tags.
var taxonomy = TaxonomyLoader.LoadDefault();
var labelsOnly = new Taxonomy(taxonomy.Terms.Select(t => t with { Keywords = [], NegativeKeywords = [] }), "labels-and-synonyms");
var heldOut = args.Contains("--relevance-set");
var items = heldOut ? FromRelevanceSet() : TaggingSet.Items();
var verbose = args.Contains("--verbose");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {(heldOut ? "relevance set as a tagging set" : "tagging set")}: {items.Count} items, {items.Sum(i => i.Expected.Count)} expected labels, forms {string.Join('/', items.Select(i => i.Form).Distinct())}"));
Console.WriteLine("| tagger | view | dimension | precision | recall | F1 |");
Console.WriteLine("|---|---|---|---:|---:|---:|");
foreach (var (name, tagger) in new[] { ("label+synonym baseline", new LexiconTagger(labelsOnly)), ("lexicon (offline default)", new LexiconTagger(taxonomy)) })
{
    foreach (var topOnly in new[] { true, false })
    {
        var scores = TagDimensions.All.ToDictionary(d => d, _ => new SetScore());
        foreach (var item in items)
        {
            var tags = tagger.Tag(new TaggingInput
            {
                ItemId = item.Id.ToString(CultureInfo.InvariantCulture),
                Channel = item.Channel,
                Title = item.Title,
                Texts = [new TaggingText(item.Field, item.Text)],
            });
            foreach (var dimension in TagDimensions.All)
            {
                var wire = TagDimensions.ToWire(dimension);
                var emitted = tags.For(dimension);
                if (topOnly)
                {
                    emitted = emitted.Take(1).ToList();
                }

                item.Expected.TryGetValue(wire, out var expected);
                var right = emitted.Count(t => expected is not null && Means(taxonomy, t, expected));
                var score = scores[dimension];
                score.Predicted += emitted.Count;
                score.Correct += right;
                score.Expected += expected is null ? 0 : 1;
                score.Found += right > 0 ? 1 : 0;
                if (verbose && !topOnly && expected is not null && right == 0 && tagger.Taxonomy == taxonomy)
                {
                    Console.Error.WriteLine($"miss {wire} {expected}: [{item.Form}] {item.Text.Replace('\n', ' ')} → {string.Join(",", emitted.Select(t => t.Label))}");
                }
            }
        }

        var pooled = new SetScore
        {
            Predicted = scores.Values.Sum(s => s.Predicted),
            Correct = scores.Values.Sum(s => s.Correct),
            Expected = scores.Values.Sum(s => s.Expected),
            Found = scores.Values.Sum(s => s.Found),
        };
        var view = topOnly ? "top-1" : "all emitted";
        foreach (var (dimension, score) in scores)
        {
            Row(name, view, TagDimensions.ToChinese(dimension), score);
        }

        Row(name, view, "**micro**", pooled);
    }
}

return 0;

static List<SetItem> FromRelevanceSet() =>
    AssetBank.RelevanceEval.RelevanceSet.Items()
        .Select(i => new SetItem(
            i.Id,
            i.Form,
            i.Channel,
            i.Title,
            i.Form switch { "shot" => TaggingTextField.Subtitle, "comments" => TaggingTextField.Comment, "kol" => TaggingTextField.KolVertical, _ => TaggingTextField.Body },
            i.Text,
            i.Facets.Select(f => f.Split(':', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal)))
        .ToList();

static void Row(string tagger, string view, string dimension, SetScore score) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {tagger} | {view} | {dimension} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} |"));

// A tag means the expected label when it is that term or one of its descendants (婴童喂养 under 母婴).
static bool Means(Taxonomy taxonomy, TagAssignment tag, string expectedLabel) =>
    tag.Label == expectedLabel || taxonomy.AncestorsOf(tag.TermId).Any(a => a.Label == expectedLabel);
