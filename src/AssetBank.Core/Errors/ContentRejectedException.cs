namespace AssetBank.Core.Errors;

/// <summary>An object's content cannot be ingested: empty, too large, corrupt or of an unknown type.</summary>
public sealed class ContentRejectedException : AssetBankException
{
    public ContentRejectedException(string key, string problem, Exception? innerException = null)
        : base($"'{key}': {problem}", innerException)
    {
        Key = key;
        Problem = problem;
    }

    public string Key { get; }

    public string Problem { get; }
}
