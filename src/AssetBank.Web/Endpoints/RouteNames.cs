namespace AssetBank.Web.Endpoints;

/// <summary>Names people choose (collections, saved searches) travel in the path; routing decodes everything but <c>%2F</c>.</summary>
public static class RouteNames
{
    /// <summary>The name as given, with the slashes routing left encoded put back.</summary>
    public static string Decode(string name) =>
        name.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
}
