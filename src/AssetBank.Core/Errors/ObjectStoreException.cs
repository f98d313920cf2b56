namespace AssetBank.Core.Errors;

/// <summary>The store itself failed: unreachable endpoint, missing bucket, refused credentials.</summary>
public sealed class ObjectStoreException : AssetBankException
{
    public ObjectStoreException(string store, string problem, Exception? innerException = null)
        : base($"Object store {store}: {problem}", innerException)
    {
        Store = store;
        Problem = problem;
    }

    public string Store { get; }

    public string Problem { get; }
}
