namespace AssetBank.Core.Errors;

/// <summary>A person's request cannot be carried out as asked (no such asset, an unknown term); names what and why.</summary>
public sealed class RequestRejectedException : AssetBankException
{
    public RequestRejectedException(string subject, string problem)
        : base($"{subject}: {problem}")
    {
        Subject = subject;
        Problem = problem;
    }

    public string Subject { get; }

    public string Problem { get; }
}
