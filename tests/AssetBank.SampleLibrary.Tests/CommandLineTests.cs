namespace AssetBank.SampleLibrary.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Parses_output_size_and_seed()
    {
        var options = CommandLine.Parse(["--out", "/tmp/x", "--size", "large", "--seed", "7"], out var error, out var help);
        Assert.Null(error);
        Assert.False(help);
        Assert.Equal(new GeneratorOptions("/tmp/x", LibrarySize.Large, 7), options);
    }

    [Theory]
    [InlineData(new[] { "--size", "small" }, "--out")]
    [InlineData(new[] { "--out", "x", "--size", "huge" }, "--size")]
    [InlineData(new[] { "--out", "x", "--seed", "abc" }, "--seed")]
    [InlineData(new[] { "--out" }, "needs a value")]
    [InlineData(new[] { "--out", "x", "--colour", "red" }, "Unknown option")]
    public void Rejects_bad_arguments_with_a_message(string[] args, string expected)
    {
        Assert.Null(CommandLine.Parse(args, out var error, out _));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_not_an_error()
    {
        Assert.Null(CommandLine.Parse(["--help"], out var error, out var help));
        Assert.True(help);
        Assert.Null(error);
    }
}
