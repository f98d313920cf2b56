namespace AssetBank.Core.Search;

/// <summary>Something the interpreter changed or could not use, for the user to see.</summary>
/// <param name="Code">Stable code: <c>empty</c>, <c>truncated</c>, <c>too-many-parts</c>, <c>unknown-field</c>, <c>unknown-kind</c>, <c>unknown-term</c>, <c>bad-date</c>, <c>empty-value</c>, <c>passage</c>, <c>relaxed</c>, <c>no-match</c>, <c>suggest</c>.</param>
/// <param name="Message">A short explanation in Chinese.</param>
public sealed record QueryNote(string Code, string Message)
{
    public override string ToString() => Message;
}
