namespace AssetBank.TaggingEval;

/// <summary>Pads text to a number of terminal cells, where a Chinese character takes two, so tables line up.</summary>
internal static class TerminalText
{
    public static int Cells(string text) => text.Sum(c => IsDoubleWidth(c) ? 2 : 1);

    public static string PadRight(string text, int cells) => text + new string(' ', Math.Max(1, cells - Cells(text)));

    public static string PadLeft(string text, int cells) => new string(' ', Math.Max(0, cells - Cells(text))) + text;

    // East Asian wide ranges that occur in this report: CJK ideographs and punctuation, full-width forms.
    private static bool IsDoubleWidth(char c) =>
        c is (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF') or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF01' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
