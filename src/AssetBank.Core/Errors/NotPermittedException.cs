namespace AssetBank.Core.Errors;

/// <summary>The person is known but may not do this to this thing (someone else's upload); names what and why.</summary>
public sealed class NotPermittedException : AssetBankException
{
    public NotPermittedException(string subject, string problem)
        : base($"{subject}: {problem}")
    {
        Subject = subject;
        Problem = problem;
    }

    public string Subject { get; }

    public string Problem { get; }
}
