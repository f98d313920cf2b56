using AssetBank.Analysis.Chinese.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AssetBank.Analysis.Chinese;

/// <summary>
/// Splits Chinese text into words with a dictionary and an HMM (see <see cref="Segmenter"/>); Latin
/// letters and digits become whole tokens (iPhone16, 618), emoji stay as tokens, punctuation is
/// emitted with type <see cref="ChineseTokenTypes.Punctuation"/> for a filter to drop.
/// </summary>
/// <remarks>
/// Terms are the original text (folding and lower-casing are left to filters); offsets are those of
/// the original text. The input is read in chunks, so a document of any size is processed in
/// constant memory; a run of Han text longer than 4096 chars without a break is cut there.
/// </remarks>
public sealed class ChineseTokenizer : Tokenizer
{
    private const int BufferSize = (Segmenter.MaxBlockLength * 2) + 64;
    private const int Lookahead = Segmenter.MaxBlockLength + 32;
    private const int MaxEmojiLength = 32;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly Segmenter _segmenter;

    private readonly char[] _buffer = new char[BufferSize];
    private readonly char[] _normalized = new char[BufferSize];
    private int _length;
    private int _position;
    private int _bufferOffset;
    private bool _exhausted;

    // Tokens of the current block (from the segmenter) or the single token found outside blocks.
    private int _blockStart;
    private int _next;
    private int _count;
    private bool _fromSegmenter;
    private SegmentToken _single;

    /// <summary>A tokenizer over the shared <see cref="ChineseDictionary.Default"/>.</summary>
    public ChineseTokenizer(TextReader input, ChineseAnalyzerMode mode)
        : this(input, mode, ChineseDictionary.Default)
    {
    }

    /// <summary>A tokenizer over <paramref name="dictionary"/>.</summary>
    public ChineseTokenizer(TextReader input, ChineseAnalyzerMode mode, ChineseDictionary dictionary)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _segmenter = new Segmenter(dictionary, HmmModel.Default, mode == ChineseAnalyzerMode.Index);
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _count && !FindTokens())
        {
            return false;
        }

        var token = _fromSegmenter ? _segmenter.Tokens[_next] : _single;
        _next++;
        var start = _blockStart + token.Start;
        var length = token.End - token.Start;
        _term.CopyBuffer(_buffer, start, length);
        var absolute = _bufferOffset + start;
        _offset.SetOffset(CorrectOffset(absolute), CorrectOffset(absolute + length));
        _positionIncrement.PositionIncrement = token.IsSubWord ? 0 : 1;
        _type.Type = TypeName(token.Kind);
        return true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        var final = CorrectOffset(_bufferOffset + _length);
        _offset.SetOffset(final, final);
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _length = 0;
        _position = 0;
        _bufferOffset = 0;
        _exhausted = false;
        _next = 0;
        _count = 0;
    }

    private static string TypeName(TokenKind kind) => kind switch
    {
        TokenKind.Word => ChineseTokenTypes.Word,
        TokenKind.Alphanumeric => ChineseTokenTypes.Alphanumeric,
        TokenKind.Number => ChineseTokenTypes.Number,
        TokenKind.Script => ChineseTokenTypes.Script,
        TokenKind.Emoji => ChineseTokenTypes.Emoji,
        _ => ChineseTokenTypes.Punctuation,
    };

    /// <summary>Finds the next block or single token after whitespace; false at the end of the input.</summary>
    private bool FindTokens()
    {
        while (true)
        {
            if (_length - _position < Lookahead && !_exhausted)
            {
                Refill();
            }

            while (_position < _length && CharClassifier.KindOf(_normalized[_position]) == CharKind.Whitespace)
            {
                _position++;
            }

            if (_position < _length)
            {
                break;
            }

            if (_exhausted)
            {
                return false;
            }
        }

        _next = 0;
        _blockStart = _position;
        var kind = CharClassifier.KindOf(_normalized[_position]);
        if (Segmenter.StartsBlock(kind))
        {
            var text = _normalized.AsSpan(_position, _length - _position);
            var blockLength = Segmenter.ScanBlock(text);
            _segmenter.Segment(text[..blockLength]);
            _fromSegmenter = true;
            _count = _segmenter.Tokens.Length;
            _position += blockLength;
            return true;
        }

        var end = ScanSingle(kind, out var tokenKind);
        _single = new SegmentToken(0, end - _position, tokenKind, IsSubWord: false);
        _fromSegmenter = false;
        _count = 1;
        _position = end;
        return true;
    }

    /// <summary>A token that is not part of a block: kana/hangul run, emoji sequence, supplementary ideograph, punctuation.</summary>
    private int ScanSingle(CharKind kind, out TokenKind tokenKind)
    {
        var text = _normalized;
        var i = _position;
        switch (kind)
        {
            case CharKind.Kana:
            case CharKind.Hangul:
                tokenKind = TokenKind.Script;
                var limit = Math.Min(_length, i + Segmenter.MaxAtomLength);
                i++;
                while (i < limit && (CharClassifier.KindOf(text[i]) == kind || CharClassifier.KindOf(text[i]) == CharKind.Mark))
                {
                    i++;
                }

                return i;
            case CharKind.Symbol:
                tokenKind = TokenKind.Emoji;
                return ScanEmojiTail(i + 1, IsRegionalIndicator(i));
            case CharKind.HighSurrogate when i + 1 < _length && char.IsLowSurrogate(text[i + 1]):
                var codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                switch (CharClassifier.KindOf(codePoint))
                {
                    case CharKind.Han:
                        tokenKind = TokenKind.Word;
                        return i + 2;
                    case CharKind.Symbol:
                        tokenKind = TokenKind.Emoji;
                        return ScanEmojiTail(i + 2, IsRegionalIndicator(i));
                    case CharKind.Letter:
                    case CharKind.Digit:
                        tokenKind = TokenKind.Alphanumeric;
                        return i + 2;
                    default:
                        tokenKind = TokenKind.Punctuation;
                        return i + 2;
                }

            default:
                // Punctuation, a lone surrogate, a stray joiner or mark: one code unit.
                tokenKind = TokenKind.Punctuation;
                return i + 1;
        }
    }

    /// <summary>Modifiers, variation selectors and zero-width-joined pictographs after an emoji belong to it.</summary>
    private int ScanEmojiTail(int i, bool regionalIndicator)
    {
        var text = _normalized;
        var limit = Math.Min(_length, _position + MaxEmojiLength);
        if (regionalIndicator && IsRegionalIndicator(i) && i + 2 <= limit)
        {
            // A flag is two regional indicators.
            return i + 2;
        }

        while (i < limit)
        {
            var c = text[i];
            var kind = CharClassifier.KindOf(c);
            if (kind == CharKind.Joiner && c != '\u200D')
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < limit && char.IsLowSurrogate(text[i + 1])
                && CharClassifier.KindOf(char.ConvertToUtf32(c, text[i + 1])) == CharKind.Joiner)
            {
                i += 2;
            }
            else if (c == '\u200D' && i + 1 < limit && IsPictograph(i + 1, limit) is var width and > 0)
            {
                i += 1 + width;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private int IsPictograph(int i, int limit)
    {
        var text = _normalized;
        var c = text[i];
        if (CharClassifier.KindOf(c) == CharKind.Symbol)
        {
            return 1;
        }

        return char.IsHighSurrogate(c) && i + 1 < limit && char.IsLowSurrogate(text[i + 1])
            && CharClassifier.KindOf(char.ConvertToUtf32(c, text[i + 1])) == CharKind.Symbol
            ? 2
            : 0;
    }

    private bool IsRegionalIndicator(int i) =>
        i + 1 < _length && _normalized[i] == '\uD83C' && _normalized[i + 1] is >= '\uDDE6' and <= '\uDDFF';

    /// <summary>Moves the unread rest to the front and reads until the buffer is full or the input ends.</summary>
    private void Refill()
    {
        var rest = _length - _position;
        if (_position > 0)
        {
            Array.Copy(_buffer, _position, _buffer, 0, rest);
            Array.Copy(_normalized, _position, _normalized, 0, rest);
            _bufferOffset += _position;
            _position = 0;
            _length = rest;
        }

        while (_length < _buffer.Length)
        {
            var read = m_input.Read(_buffer, _length, _buffer.Length - _length);
            if (read <= 0)
            {
                _exhausted = true;
                break;
            }

            for (var i = _length; i < _length + read; i++)
            {
                _normalized[i] = CharClassifier.Normalize(_buffer[i]);
            }

            _length += read;
        }
    }
}
