namespace AssetBank.Application.Rights;

/// <summary>What is wrong (or, for a warning, worth a look) in one field of one row.</summary>
/// <param name="Row">The row (<c>row 7</c>) or the command-line option's subject.</param>
/// <param name="Field">The field (<c>end</c>, <c>media</c>).</param>
public sealed record RightsProblem(string Row, string Field, string Problem)
{
    public override string ToString() => $"{Row} {Field}: {Problem}";
}
