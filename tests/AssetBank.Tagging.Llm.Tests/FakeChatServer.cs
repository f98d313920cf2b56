using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace AssetBank.Tagging.Llm.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 (WireMock.Net, random free port) speaking the OpenAI chat-completions protocol at
/// <c>/v1/chat/completions</c>, answering from fixtures and recording every request.
/// </summary>
internal sealed class FakeChatServer : IDisposable
{
    public const string ChatPath = "/v1/chat/completions";
    public const int PromptTokens = 120;
    public const int CompletionTokens = 30;

    public FakeChatServer()
    {
        Server = WireMockServer.Start(new WireMock.Settings.WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    }

    public WireMockServer Server { get; }

    public string Endpoint => Server.Urls[0].TrimEnd('/') + "/v1";

    /// <summary>Waits until the server has logged <paramref name="count"/> requests (it logs a request when its answer is done).</summary>
    public async Task<IReadOnlyList<ChatRequest>> WaitForRequestsAsync(int count, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (Server.LogEntries.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Requests;
    }

    public IReadOnlyList<ChatRequest> Requests =>
        Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).Select(e => ChatRequest.From(e.RequestMessage)).ToList();

    /// <summary>Always answers 200 with the content <paramref name="content"/> computes from the request.</summary>
    public void Answer(Func<ChatRequest, string?> content, TimeSpan? delay = null)
    {
        var response = Completion(content);
        if (delay is { } d)
        {
            response = response.WithDelay(d);
        }

        Server.Given(Request.Create().WithPath(ChatPath).UsingPost()).RespondWith(response);
    }

    /// <summary>Answers the steps in order, one per request; the last step repeats.</summary>
    public void Sequence(params IResponseBuilder[] steps)
    {
        if (steps.Length == 1)
        {
            // A scenario needs a state change; WireMock answers 500 for a one-state scenario.
            Server.Given(Request.Create().WithPath(ChatPath).UsingPost()).RespondWith(steps[0]);
            return;
        }

        for (var i = 0; i < steps.Length; i++)
        {
            var given = Server.Given(Request.Create().WithPath(ChatPath).UsingPost()).InScenario("sequence");
            if (i > 0)
            {
                given = given.WhenStateIs($"step{i}");
            }

            if (i < steps.Length - 1)
            {
                given = given.WillSetStateTo($"step{i + 1}");
            }

            given.RespondWith(steps[i]);
        }
    }

    public static IResponseBuilder Completion(Func<ChatRequest, string?> content) =>
        Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody(request => CompletionBody(content(ChatRequest.From(request))));

    public static IResponseBuilder Status(int status, string body = "{\"error\":{\"message\":\"upstream trouble\",\"type\":\"server_error\"}}") =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public static string CompletionBody(string? content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_735_689_600,
        model = "test-model",
        choices = new[]
        {
            new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" },
        },
        usage = new { prompt_tokens = PromptTokens, completion_tokens = CompletionTokens, total_tokens = PromptTokens + CompletionTokens },
    });

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}
