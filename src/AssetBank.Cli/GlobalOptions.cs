using System.CommandLine;

namespace AssetBank.Cli;

internal static class GlobalOptions
{
    public static Option<string?> Config { get; } = new("--config")
    {
        Description = "额外的配置文件 (JSON) / extra configuration file",
        Recursive = true,
    };

    public static Option<string?> Data { get; } = new("--data")
    {
        Description = "嵌入式数据目录：store/ 与 catalog.db / embedded data folder (store/ and catalog.db)",
        Recursive = true,
    };

    public static Option<string[]> Set { get; } = new("--set")
    {
        Description = "覆盖配置项 KEY=VALUE，可重复 / override a setting, e.g. --set Store:Provider=Minio (repeatable)",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };
}
