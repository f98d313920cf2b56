using System.Globalization;
using System.Text;
using System.Text.Json;
using AssetBank.Analysis.Chinese;
using AssetBank.SegmentationEval;
using Lucene.Net.Analysis.TokenAttributes;

// Scores AssetBank's Chinese analyzer (query mode), Lucene's SmartCn and jieba on a hand-segmented gold set.
var options = ParseArguments(args);
if (options is null)
{
    Console.Error.WriteLine("""
        usage: AssetBank.SegmentationEval [--gold FILE] [--json] [--no-jieba] [--python PATH] [--errors N]
          --gold FILE    gold set (default: data/gold.txt beside the tool)
          --json         print the scores as JSON instead of a table
          --no-jieba     score only our analyzer
          --python PATH  interpreter with python3-jieba (default /usr/bin/python3)
          --errors N     also print up to N sentences where our analyzer differs from the gold
        """);
    return 2;
}

Console.OutputEncoding = Encoding.UTF8;
var sentences = GoldSet.Load(options.GoldPath);
var dictionary = ChineseDictionary.Default;
var texts = sentences.Select(s => s.Text).ToList();

var ours = new Score("AssetBank ChineseAnalyzer (query)");
var errors = new List<string>();
using (var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query))
{
    foreach (var sentence in sentences)
    {
        var gold = Segmentations.Scorable(sentence.Text, Segmentations.FromWords(sentence.Text, sentence.Words));
        var predicted = Segmentations.Scorable(sentence.Text, Tokenize(analyzer, sentence.Text));
        if (!ours.Add(gold, predicted, IsOov(sentence.Text)) && errors.Count < options.Errors)
        {
            errors.Add($"{sentence.LineNumber,4} gold: {string.Join(' ', gold.Select(w => sentence.Text[w.Start..w.End]))}\n"
                + $"     ours: {string.Join(' ', predicted.Select(w => sentence.Text[w.Start..w.End]))}");
        }
    }
}

// The same analyzer without the ad vocabulary: what the algorithm does on jieba's dictionary alone.
var coreOnly = new Score("AssetBank ChineseAnalyzer (query, jieba dictionary only)");
using (var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query, ChineseDictionary.Create(includeAdVocabulary: false)))
{
    foreach (var sentence in sentences)
    {
        var gold = Segmentations.Scorable(sentence.Text, Segmentations.FromWords(sentence.Text, sentence.Words));
        coreOnly.Add(gold, Segmentations.Scorable(sentence.Text, Tokenize(analyzer, sentence.Text)), IsOov(sentence.Text));
    }
}

// Lucene's SmartCn (HMM over its own bigram dictionary), named by the product owner: measured beside ours.
var smartCn = new Score("Lucene.Net SmartChineseAnalyzer 4.8.0-beta00017");
using (var analyzer = new Lucene.Net.Analysis.Cn.Smart.SmartChineseAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48))
{
    foreach (var sentence in sentences)
    {
        var gold = Segmentations.Scorable(sentence.Text, Segmentations.FromWords(sentence.Text, sentence.Words));
        smartCn.Add(gold, Segmentations.Scorable(sentence.Text, Tokenize(analyzer, sentence.Text)), IsOov(sentence.Text));
    }
}

var scores = new List<Score> { ours, coreOnly, smartCn };
if (options.Jieba)
{
    var (version, jiebaWords) = JiebaRunner.Segment(options.Python, texts, TimeSpan.FromMinutes(5));
    var jieba = new Score($"jieba {version} (cut, HMM on)");
    for (var i = 0; i < sentences.Count; i++)
    {
        var text = sentences[i].Text;
        var gold = Segmentations.Scorable(text, Segmentations.FromWords(text, sentences[i].Words));
        jieba.Add(gold, Segmentations.Scorable(text, Segmentations.FromWords(text, jiebaWords[i])), IsOov(text));
    }

    scores.Add(jieba);
}

if (options.Json)
{
    var report = new
    {
        gold = Path.GetFileName(options.GoldPath),
        sentences = sentences.Count,
        goldWords = ours.GoldWords,
        oovWords = ours.OovWords,
        oovDefinition = "gold words that are not words of ChineseDictionary.Default (jieba core + AssetBank ad vocabulary)",
        systems = scores.Select(s => new
        {
            system = s.System,
            precision = Math.Round(s.Precision, 4),
            recall = Math.Round(s.Recall, 4),
            f1 = Math.Round(s.F1, 4),
            oovRecall = Math.Round(s.OovRecall, 4),
            ivRecall = Math.Round(s.InVocabularyRecall, 4),
            predictedWords = s.PredictedWords,
            correctWords = s.Correct,
        }),
    };
    Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
}
else
{
    var inv = CultureInfo.InvariantCulture;
    Console.WriteLine(string.Create(inv, $"Gold set {Path.GetFileName(options.GoldPath)}: {sentences.Count} sentences, {ours.GoldWords} words (punctuation and emoji not scored),"));
    Console.WriteLine(string.Create(inv, $"{ours.OovWords} OOV words ({100.0 * ours.OovWords / Math.Max(1, ours.GoldWords):F1} %): not in ChineseDictionary.Default (jieba core + ad vocabulary)."));
    Console.WriteLine();
    Console.WriteLine("| System | Precision | Recall | F1 | OOV recall | IV recall |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var s in scores)
    {
        Console.WriteLine(string.Create(inv, $"| {s.System} | {s.Precision:F4} | {s.Recall:F4} | {s.F1:F4} | {s.OovRecall:F4} | {s.InVocabularyRecall:F4} |"));
    }
}

foreach (var error in errors)
{
    Console.Error.WriteLine(error);
}

return 0;

Func<Span, bool> IsOov(string text) => span => !dictionary.Contains(text.AsSpan(span.Start, span.End - span.Start));

static List<Span> Tokenize(Lucene.Net.Analysis.Analyzer analyzer, string text)
{
    var spans = new List<Span>();
    using var stream = analyzer.GetTokenStream("text", text);
    var offset = stream.AddAttribute<IOffsetAttribute>();
    var increment = stream.AddAttribute<IPositionIncrementAttribute>();
    stream.Reset();
    while (stream.IncrementToken())
    {
        if (increment.PositionIncrement > 0)
        {
            spans.Add(new Span(offset.StartOffset, offset.EndOffset));
        }
    }

    stream.End();
    return spans;
}

static Options? ParseArguments(string[] args)
{
    var options = new Options { GoldPath = Path.Combine(AppContext.BaseDirectory, "data", "gold.txt") };
    for (var i = 0; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--gold" when i + 1 < args.Length:
                options.GoldPath = args[++i];
                break;
            case "--json":
                options.Json = true;
                break;
            case "--no-jieba":
                options.Jieba = false;
                break;
            case "--python" when i + 1 < args.Length:
                options.Python = args[++i];
                break;
            case "--errors" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var count):
                options.Errors = count;
                i++;
                break;
            default:
                return null;
        }
    }

    return options;
}
