namespace AssetBank.Core.Errors;

public sealed class InvalidObjectKeyException : AssetBankException
{
    public InvalidObjectKeyException(string key, string problem)
        : base($"Invalid object key '{Printable(key)}': {problem}.")
    {
        Key = key;
        Problem = problem;
    }

    public string Key { get; }

    public string Problem { get; }

    private static string Printable(string key)
    {
        var chars = key.Select(c => char.IsControl(c) ? '?' : c).Take(200).ToArray();
        return new string(chars);
    }
}
