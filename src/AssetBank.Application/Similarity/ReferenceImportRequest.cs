using AssetBank.Core.Errors;

namespace AssetBank.Application.Similarity;

/// <summary>What every reference import needs before it takes the writer lock: a name, a licence, and a folder that exists.</summary>
internal static class ReferenceImportRequest
{
    public static void Validate(string name, string licence, string? folder)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(licence))
        {
            throw new RequestRejectedException("reference import", "needs --name and --licence (库名和授权必填)");
        }

        if (folder is not null && !Directory.Exists(folder))
        {
            throw new RequestRejectedException($"文件夹 {folder}", "does not exist (folder not found)");
        }
    }
}
