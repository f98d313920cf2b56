namespace AssetBank.Core.Errors;

public sealed class ObjectNotFoundException : AssetBankException
{
    public ObjectNotFoundException(string key, Exception? innerException = null)
        : base($"Object '{key}' does not exist in the store.", innerException)
    {
        Key = key;
    }

    public string Key { get; }
}
