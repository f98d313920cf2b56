using AssetBank.Media.Audio;
using AssetBank.Media.Tests.TestSupport;

namespace AssetBank.Media.Tests;

public sealed class FpcalcParserTests
{
    [Fact]
    public void Reads_the_raw_json_fingerprint_and_duration()
    {
        var fingerprint = FpcalcParser.Parse(FixtureFiles.Read("fpcalc_raw_melody.json"));

        Assert.NotNull(fingerprint);
        Assert.Equal(TimeSpan.FromSeconds(8), fingerprint.Duration);
        Assert.Equal(763934791u, fingerprint.Values[0]);
        Assert.InRange(fingerprint.Values.Count, 30, 80);
    }

    [Fact]
    public void The_plain_output_gives_the_same_fingerprint_as_json()
    {
        var json = FpcalcParser.Parse(FixtureFiles.Read("fpcalc_raw_melody.json"))!;
        var plain = FpcalcParser.Parse(FixtureFiles.Read("fpcalc_raw_melody_plain.txt"))!;

        Assert.Equal(json.Values, plain.Values);
        Assert.Equal(json.Duration, plain.Duration);
    }

    [Fact]
    public void Tolerates_error_lines_after_the_json_and_signed_values()
    {
        var output = "{\"duration\": 2.50, \"fingerprint\": [1,-1,4294967295]}\nERROR: Error decoding audio frame (End of file)\n";

        var fingerprint = FpcalcParser.Parse(output);

        Assert.NotNull(fingerprint);
        Assert.Equal([1u, uint.MaxValue, uint.MaxValue], fingerprint.Values);
        Assert.Equal(TimeSpan.FromSeconds(2.5), fingerprint.Duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"duration\": 5.00, \"fingerprint\": \"AQAAE0mUaEkSZSoAAAAAAAAA\"}")]
    [InlineData("{\"duration\": 5.00, \"fingerprint\": []}")]
    [InlineData("DURATION=5\n")]
    [InlineData("{ broken")]
    public void Returns_null_without_a_raw_fingerprint(string output) => Assert.Null(FpcalcParser.Parse(output));
}
