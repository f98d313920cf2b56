namespace AssetBank.Core.Rights;

/// <summary>One entry of a rights vocabulary (a medium, a territory, a licence type).</summary>
/// <param name="Id">Stable wire id (<c>douyin</c>, <c>mainland-china</c>).</param>
/// <param name="Chinese">Chinese label, shown first.</param>
/// <param name="English">English label.</param>
/// <param name="Parent">The broader entry that covers this one (抖音 under 社交媒体); null at the top.</param>
/// <param name="Aliases">Other names people write.</param>
public sealed record RightsTerm(string Id, string Chinese, string English, string? Parent, IReadOnlyList<string> Aliases)
{
    public string Display => $"{Chinese} ({English})";

    public bool Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = Fold(text);
        return Fold(Id) == wanted || Fold(Chinese) == wanted || Fold(English) == wanted || Aliases.Any(a => Fold(a) == wanted);
    }

    private static string Fold(string text) =>
        new(text.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_' and not '/').ToArray());
}
