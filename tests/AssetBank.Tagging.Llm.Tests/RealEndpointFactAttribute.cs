namespace AssetBank.Tagging.Llm.Tests;

/// <summary>
/// A fact that runs only against a real OpenAI-compatible endpoint named by <c>ASSETBANK_LLM_ENDPOINT</c> (model from
/// <c>ASSETBANK_LLM_MODEL</c>, key from <c>ASSETBANK_LLM_API_KEY</c>); otherwise it is reported as skipped with the reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class RealEndpointFactAttribute : FactAttribute
{
    public const string EndpointVariable = "ASSETBANK_LLM_ENDPOINT";
    public const string ModelVariable = "ASSETBANK_LLM_MODEL";

    public RealEndpointFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EndpointVariable)))
        {
            Skip = $"{EndpointVariable} is not set: no real LLM endpoint to test against (set it, and {ModelVariable}, to run).";
        }
    }
}
