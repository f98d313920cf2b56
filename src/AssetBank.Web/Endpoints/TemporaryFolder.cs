namespace AssetBank.Web.Endpoints;

/// <summary>A folder a request works in, removed with everything in it when the request is done.</summary>
public sealed class TemporaryFolder(DirectoryInfo folder) : IDisposable
{
    public void Dispose()
    {
        try
        {
            folder.Refresh();
            if (folder.Exists)
            {
                folder.Delete(recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: a file still open elsewhere leaves the folder to the system's temp cleaning.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
