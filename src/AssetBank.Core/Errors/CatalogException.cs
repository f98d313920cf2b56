namespace AssetBank.Core.Errors;

public sealed class CatalogException : AssetBankException
{
    public CatalogException(string location, string problem, Exception? innerException = null)
        : base($"Catalog {location}: {problem}", innerException)
    {
        Location = location;
    }

    public string Location { get; }
}
