using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Analysis.Chinese.Tests;

/// <summary>
/// Consumes token streams the way Lucene's indexer does (Reset, IncrementToken..., End, Dispose) and
/// checks the contract every stream must keep, in the spirit of Lucene's BaseTokenStreamTestCase.
/// </summary>
public static class TokenStreams
{
    public static IReadOnlyList<AnalyzedToken> Analyze(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        return Consume(stream, text.Length);
    }

    public static IReadOnlyList<AnalyzedToken> Consume(TokenStream stream, int textLength)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var tokens = new List<AnalyzedToken>();
        stream.Reset();
        var lastStart = 0;
        while (stream.IncrementToken())
        {
            var token = new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, type.Type);
            Assert.True(token.Term.Length > 0, $"empty term at {token.Start}");
            Assert.True(token.Start >= 0 && token.End >= token.Start && token.End <= textLength, $"offsets {token.Start}-{token.End} outside 0-{textLength}");
            Assert.True(token.Start >= lastStart, $"start offset went backwards: {token.Start} after {lastStart}");
            Assert.True(token.PositionIncrement is 0 or 1, $"position increment {token.PositionIncrement}");
            Assert.True(tokens.Count > 0 || token.PositionIncrement == 1, "the first token has increment 0");
            lastStart = token.Start;
            tokens.Add(token);
        }

        stream.End();
        Assert.Equal(textLength, offset.EndOffset);
        Assert.Equal(textLength, offset.StartOffset);
        return tokens;
    }

    public static string[] Terms(Analyzer analyzer, string text) => [.. Analyze(analyzer, text).Select(t => t.Term)];

    /// <summary>Asserts terms, offsets and position increments all at once, showing both sides on failure.</summary>
    public static void AssertAnalyzesTo(Analyzer analyzer, string text, params (string Term, int Start, int End, int Increment)[] expected)
    {
        var actual = Analyze(analyzer, text).Select(t => (t.Term, t.Start, t.End, t.PositionIncrement)).ToArray();
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private static string Describe(IEnumerable<(string Term, int Start, int End, int Increment)> tokens) =>
        string.Join(" | ", tokens.Select(t => $"{t.Term}[{t.Start},{t.End}]{(t.Increment == 1 ? "" : "+" + t.Increment)}"));
}
