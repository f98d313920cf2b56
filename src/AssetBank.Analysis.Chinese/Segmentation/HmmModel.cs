using System.Globalization;
using System.Runtime.CompilerServices;

namespace AssetBank.Analysis.Chinese.Segmentation;

/// <summary>
/// The character-tagging HMM for runs the dictionary cannot explain: four states B (begins a word),
/// E (ends it), M (inside), S (a one-char word), with start, transition and emission log
/// probabilities from jieba's tables. States are numbered in alphabetical order so that ties are
/// broken the same way jieba breaks them (the larger state letter wins).
/// </summary>
internal sealed class HmmModel
{
    public const int B = 0;
    public const int E = 1;
    public const int M = 2;
    public const int S = 3;

    /// <summary>jieba's stand-in for log(0): large enough to swamp any real score, finite so sums stay comparable.</summary>
    public const double Impossible = -3.14e100;

    private static readonly Lazy<HmmModel> Shared = new(() => Parse(EmbeddedData.ReadText(EmbeddedData.HmmTables)), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly double[] _start = new double[4];
    private readonly double[] _transition = new double[16];
    private readonly double[] _emission = new double[65536 * 4];

    private HmmModel()
    {
        Array.Fill(_start, Impossible);
        Array.Fill(_transition, Impossible);
        Array.Fill(_emission, Impossible);
    }

    public static HmmModel Default => Shared.Value;

    public double Start(int state) => _start[state];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Transition(int from, int to) => _transition[(from * 4) + to];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Emission(char c, int state) => _emission[(c * 4) + state];

    public static HmmModel Parse(string text)
    {
        var model = new HmmModel();
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsEmpty)
            {
                continue;
            }

            var fields = new FieldReader(line);
            var tag = fields.Next();
            if (tag.SequenceEqual("start"))
            {
                ReadRow(ref fields, model._start.AsSpan(), lineNumber);
            }
            else if (tag.SequenceEqual("trans"))
            {
                var from = StateOf(fields.Next(), lineNumber);
                ReadRow(ref fields, model._transition.AsSpan(from * 4, 4), lineNumber);
            }
            else if (tag.SequenceEqual("emit"))
            {
                var symbol = fields.Next();
                if (symbol.Length != 1)
                {
                    throw new FormatException($"HMM table line {lineNumber}: emission symbol must be one char.");
                }

                ReadRow(ref fields, model._emission.AsSpan(symbol[0] * 4, 4), lineNumber);
            }
            else
            {
                throw new FormatException($"HMM table line {lineNumber}: unknown row '{tag}'.");
            }
        }

        return model;
    }

    private static void ReadRow(ref FieldReader fields, Span<double> row, int lineNumber)
    {
        for (var state = 0; state < 4; state++)
        {
            var field = fields.Next();
            if (field.IsEmpty)
            {
                continue;
            }

            if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out row[state]))
            {
                throw new FormatException($"HMM table line {lineNumber}: '{field}' is not a number.");
            }
        }
    }

    private static int StateOf(ReadOnlySpan<char> name, int lineNumber) => name switch
    {
        "B" => B,
        "E" => E,
        "M" => M,
        "S" => S,
        _ => throw new FormatException($"HMM table line {lineNumber}: unknown state '{name}'."),
    };

    private ref struct FieldReader(ReadOnlySpan<char> line)
    {
        private ReadOnlySpan<char> _rest = line;

        public ReadOnlySpan<char> Next()
        {
            var tab = _rest.IndexOf('\t');
            ReadOnlySpan<char> field;
            if (tab < 0)
            {
                field = _rest;
                _rest = [];
            }
            else
            {
                field = _rest[..tab];
                _rest = _rest[(tab + 1)..];
            }

            return field;
        }
    }
}
