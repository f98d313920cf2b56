namespace AssetBank.CutAccuracy;

/// <summary>Column padding that counts CJK characters as two terminal cells, so Chinese file names line up.</summary>
internal static class ConsoleText
{
    public static string Pad(string text, int width)
    {
        var cells = text.Sum(c => IsWide(c) ? 2 : 1);
        return cells >= width ? text + " " : text + new string(' ', width - cells);
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}
