namespace AssetBank.Core.Errors;

/// <summary>Base of AssetBank's domain errors: each names the object or file and the problem.</summary>
public abstract class AssetBankException : Exception
{
    protected AssetBankException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
