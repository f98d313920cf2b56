using System.Globalization;
using System.Text;
using System.Text.Json;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Taxonomies;

/// <summary>
/// Reads the taxonomy JSON with <see cref="Utf8JsonReader"/> so every term and every problem keeps its line number.
/// Shape problems (wrong types, unknown properties) are collected rather than thrown, so one run reports them all.
/// </summary>
internal sealed class TaxonomyJsonParser
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    private readonly string _source;
    private readonly int[] _lineStarts;
    private readonly List<TaxonomyProblem> _problems = [];
    private readonly List<TaxonomyTerm> _terms = [];
    private readonly List<int> _termLines = [];

    private TaxonomyJsonParser(string source, ReadOnlySpan<byte> utf8)
    {
        _source = source;
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public static ParsedTaxonomy Parse(ReadOnlySpan<byte> utf8, string source)
    {
        var bomLength = utf8.StartsWith("\uFEFF"u8) ? 3 : 0;
        var parser = new TaxonomyJsonParser(source, utf8);
        var reader = new Utf8JsonReader(utf8[bomLength..], ReaderOptions);
        try
        {
            parser.ReadRoot(ref reader, bomLength);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }

            var line = ex.LineNumber is { } zeroBased ? (int)zeroBased + 1 : (int?)null;
            parser._problems.Add(new TaxonomyProblem(source, line, $"malformed JSON: {message}"));
        }

        return new ParsedTaxonomy(parser._terms, parser._termLines, parser._problems);
    }

    private int LineOf(long byteOffset)
    {
        var index = Array.BinarySearch(_lineStarts, (int)Math.Min(byteOffset, int.MaxValue));
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private int Line(ref Utf8JsonReader reader, int bomLength) => LineOf(reader.TokenStartIndex + bomLength);

    private void Problem(ref Utf8JsonReader reader, int bomLength, string message) =>
        _problems.Add(new TaxonomyProblem(_source, Line(ref reader, bomLength), message));

    private void ReadRoot(ref Utf8JsonReader reader, int bomLength)
    {
        if (!reader.Read())
        {
            _problems.Add(new TaxonomyProblem(_source, 1, "the file is empty"));
            return;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Problem(ref reader, bomLength, "the taxonomy must be a JSON object with the arrays industry, scenario, emotion and relationship");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                Problem(ref reader, bomLength, $"property '{name}' appears twice");
            }

            reader.Read();
            if (name.StartsWith('$') || name == "language")
            {
                reader.Skip();
                continue;
            }

            if (!TagDimensions.TryParse(name, out var dimension) || name != TagDimensions.ToWire(dimension))
            {
                Problem(ref reader, bomLength, $"unknown property '{name}'; expected industry, scenario, emotion or relationship");
                reader.Skip();
                continue;
            }

            ReadDimension(ref reader, bomLength, dimension);
        }

        foreach (var dimension in TagDimensions.All.Where(d => !seen.Contains(TagDimensions.ToWire(d))))
        {
            _problems.Add(new TaxonomyProblem(_source, null, $"the dimension '{TagDimensions.ToWire(dimension)}' is missing"));
        }
    }

    private void ReadDimension(ref Utf8JsonReader reader, int bomLength, TagDimension dimension)
    {
        var wire = TagDimensions.ToWire(dimension);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Problem(ref reader, bomLength, $"'{wire}' must be an array of terms");
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Problem(ref reader, bomLength, $"each entry of '{wire}' must be an object");
                reader.Skip();
                continue;
            }

            ReadTerm(ref reader, bomLength, dimension);
        }
    }

    private void ReadTerm(ref Utf8JsonReader reader, int bomLength, TagDimension dimension)
    {
        var line = Line(ref reader, bomLength);
        string? id = null, label = null, english = null, parent = null;
        IReadOnlyList<string> synonyms = [], negatives = [];
        IReadOnlyList<WeightedKeyword> keywords = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var valid = true;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                Problem(ref reader, bomLength, $"property '{name}' appears twice in one term");
                valid = false;
            }

            reader.Read();
            switch (name)
            {
                case "id":
                    id = ReadString(ref reader, bomLength, name, ref valid);
                    break;
                case "label":
                    label = ReadString(ref reader, bomLength, name, ref valid);
                    break;
                case "en":
                    english = ReadString(ref reader, bomLength, name, ref valid);
                    break;
                case "parent":
                    parent = reader.TokenType == JsonTokenType.Null ? null : ReadString(ref reader, bomLength, name, ref valid);
                    break;
                case "synonyms":
                    synonyms = ReadStrings(ref reader, bomLength, name, ref valid);
                    break;
                case "negative":
                    negatives = ReadStrings(ref reader, bomLength, name, ref valid);
                    break;
                case "keywords":
                    keywords = ReadKeywords(ref reader, bomLength, ref valid);
                    break;
                default:
                    if (!name.StartsWith('$'))
                    {
                        Problem(ref reader, bomLength, $"unknown property '{name}' in a term; expected id, label, en, parent, synonyms, keywords, negative");
                        valid = false;
                    }

                    reader.Skip();
                    break;
            }
        }

        if (id is null)
        {
            _problems.Add(new TaxonomyProblem(_source, line, $"a {TagDimensions.ToWire(dimension)} term{(label is null ? string.Empty : $" ('{label}')")} has no id"));
            valid = false;
        }

        if (label is null)
        {
            _problems.Add(new TaxonomyProblem(_source, line, $"term '{id}' has no label"));
            valid = false;
        }

        if (!valid)
        {
            return;
        }

        _terms.Add(new TaxonomyTerm(id!.Trim(), dimension, label!.Trim(), english?.Trim() ?? string.Empty)
        {
            ParentId = string.IsNullOrWhiteSpace(parent) ? null : parent.Trim(),
            Synonyms = synonyms,
            Keywords = keywords,
            NegativeKeywords = negatives,
        });
        _termLines.Add(line);
    }

    private string? ReadString(ref Utf8JsonReader reader, int bomLength, string name, ref bool valid)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        Problem(ref reader, bomLength, $"'{name}' must be a string");
        valid = false;
        reader.Skip();
        return null;
    }

    private List<string> ReadStrings(ref Utf8JsonReader reader, int bomLength, string name, ref bool valid)
    {
        var result = new List<string>();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Problem(ref reader, bomLength, $"'{name}' must be an array of strings");
            valid = false;
            reader.Skip();
            return result;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                result.Add(reader.GetString()!.Trim());
            }
            else
            {
                Problem(ref reader, bomLength, $"'{name}' must be an array of strings");
                valid = false;
                reader.Skip();
            }
        }

        return result;
    }

    private List<WeightedKeyword> ReadKeywords(ref Utf8JsonReader reader, int bomLength, ref bool valid)
    {
        var result = new List<WeightedKeyword>();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Problem(ref reader, bomLength, "'keywords' must be an object of word: weight");
            valid = false;
            reader.Skip();
            return result;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var word = reader.GetString()!.Trim();
            reader.Read();
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var weight))
            {
                result.Add(new WeightedKeyword(word, weight));
            }
            else
            {
                var shown = reader.TokenType == JsonTokenType.String
                    ? reader.GetString()
                    : Encoding.UTF8.GetString(reader.ValueSpan);
                Problem(ref reader, bomLength, string.Create(CultureInfo.InvariantCulture, $"the weight of keyword '{word}' must be a number, not {shown}"));
                valid = false;
                reader.Skip();
            }
        }

        return result;
    }
}
