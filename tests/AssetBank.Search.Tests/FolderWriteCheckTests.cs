namespace AssetBank.Search.Tests;

public sealed class FolderWriteCheckTests
{
    [Fact]
    public void A_folder_nobody_may_write_is_reported_as_read_only_naming_it()
    {
        // sysfs refuses new files even to root, so this holds however the tests are run.
        var problem = FolderWriteCheck.Problem("/sys/fs");

        Assert.NotNull(problem);
        Assert.Contains("read-only", problem, StringComparison.Ordinal);
        Assert.Contains("/sys/fs", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("locked", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_writable_folder_has_no_problem_and_keeps_no_probe_file()
    {
        var folder = Directory.CreateTempSubdirectory("assetbank-write-check-").FullName;

        var problem = FolderWriteCheck.Problem(folder);

        Assert.Null(problem);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        Directory.Delete(folder);
    }
}
