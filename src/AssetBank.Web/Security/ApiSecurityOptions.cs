namespace AssetBank.Web.Security;

/// <summary>The API keys that open every endpoint except health, until user accounts arrive.</summary>
public sealed class ApiSecurityOptions
{
    public const string SectionName = "Api";

    /// <summary>One key (<c>Api:Key</c>), for the common single-client setup.</summary>
    public string? Key { get; set; }

    /// <summary>Several keys (<c>Api:Keys:0</c>, <c>Api:Keys:1</c>, …), so one can be rotated while the other works.</summary>
    public List<string> Keys { get; } = [];

    public IReadOnlyList<string> AllKeys() =>
        Keys.Append(Key).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!).Distinct(StringComparer.Ordinal).ToList();
}
