using AssetBank.Core.Accounts;

namespace AssetBank.Web.Security;

/// <summary>
/// Who may do what. Every endpoint and page names one of these; the role walk test checks each endpoint in the OpenAPI
/// document against <see cref="Roles"/>.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person: search, look at assets and their media, the taxonomy.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Strategists correct tags.</summary>
    public const string EditTags = "edit-tags";

    /// <summary>Strategists register briefs and confirm or withdraw reuse.</summary>
    public const string Kickoff = "kickoff";

    /// <summary>Strategists and leadership read projects and their gate.</summary>
    public const string ReadProjects = "read-projects";

    /// <summary>Producers upload finished work.</summary>
    public const string Upload = "upload";

    /// <summary>Leadership reads reuse reports and the dashboard.</summary>
    public const string Reports = "reports";

    /// <summary>Leadership lets a project below the gate start, and decides copyright alarms.</summary>
    public const string Decide = "decide";

    /// <summary>Administrators manage users, the taxonomy, reference libraries and read the audit trail.</summary>
    public const string Admin = "admin";

    /// <summary>Producers correct the metadata of what they uploaded (the use case checks whose upload it is); administrators any asset's.</summary>
    public const string EditMetadata = "edit-metadata";

    /// <summary>Leadership (who answers for the bank's licences) and administrators record usage terms.</summary>
    public const string EditRights = "edit-rights";

    public static IReadOnlyDictionary<string, IReadOnlyList<UserRole>> Roles { get; } = new Dictionary<string, IReadOnlyList<UserRole>>
    {
        [SignedIn] = Enum.GetValues<UserRole>(),
        [EditTags] = [UserRole.Strategist],
        [Kickoff] = [UserRole.Strategist],
        [ReadProjects] = [UserRole.Strategist, UserRole.Leadership],
        [Upload] = [UserRole.Producer],
        [Reports] = [UserRole.Leadership],
        [Decide] = [UserRole.Leadership],
        [Admin] = [UserRole.Admin],
        [EditMetadata] = [UserRole.Producer, UserRole.Admin],
        [EditRights] = [UserRole.Leadership, UserRole.Admin],
    };
}
