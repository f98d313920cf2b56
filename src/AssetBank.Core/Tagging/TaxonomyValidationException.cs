using AssetBank.Core.Errors;

namespace AssetBank.Core.Tagging;

/// <summary>A taxonomy file (or list of terms) is invalid; names the file, the line and every problem found.</summary>
public sealed class TaxonomyValidationException : AssetBankException
{
    public TaxonomyValidationException(IReadOnlyList<TaxonomyProblem> problems, Exception? innerException = null)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>All problems found, in file order; never empty.</summary>
    public IReadOnlyList<TaxonomyProblem> Problems { get; }

    /// <summary>The file (or source name) the first problem was found in.</summary>
    public string FileName => Problems.Count > 0 ? Problems[0].Source : "taxonomy";

    /// <summary>The line of the first problem, when known.</summary>
    public int? Line => Problems.Count > 0 ? Problems[0].Line : null;

    private static string Describe(IReadOnlyList<TaxonomyProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            return "Invalid taxonomy.";
        }

        const int Shown = 20;
        var lines = problems.Take(Shown).Select(p => p.ToString());
        var more = problems.Count > Shown ? $"{Environment.NewLine}… and {problems.Count - Shown} more" : string.Empty;
        return $"Invalid taxonomy ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines) + more;
    }
}
