using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AssetBank.Tagging.Llm.Tests;

public sealed class LlmResilienceTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Fact]
    public void Retry_after_in_seconds_or_as_a_date_is_honoured_and_capped()
    {
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddHours(1));
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        using var error = new HttpResponseMessage(HttpStatusCode.InternalServerError);
        error.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), LlmResilience.RetryAfter(seconds, Max, TimeProvider.System));
        Assert.Equal(Max, LlmResilience.RetryAfter(date, Max, TimeProvider.System));
        Assert.Null(LlmResilience.RetryAfter(none, Max, TimeProvider.System));
        Assert.Null(LlmResilience.RetryAfter(error, Max, TimeProvider.System));
    }

    [Theory]
    [InlineData("2048", 2048L)]
    [InlineData("true", true)]
    [InlineData("0.5", 0.5)]
    [InlineData("hello", "hello")]
    public void Extra_body_values_are_typed(string value, object expected)
    {
        Assert.Equal(expected, LlmTagger.ExtraValue(value));
    }

    [Fact]
    public void Extra_body_json_values_stay_json()
    {
        var value = Assert.IsType<JsonElement>(LlmTagger.ExtraValue("{\"enabled\": false}"));

        Assert.False(value.GetProperty("enabled").GetBoolean());
    }
}
