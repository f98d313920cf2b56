namespace AssetBank.Tagging.Llm;

/// <summary>How the answer's JSON shape is enforced; providers differ in what they support.</summary>
public enum StructuredOutputMode
{
    /// <summary><c>response_format: json_schema</c>, strict, with the taxonomy labels as enums (OpenAI, vLLM, recent Ollama).</summary>
    JsonSchema = 0,

    /// <summary><c>response_format: json_object</c>; the shape is described in the prompt (DeepSeek, Qwen compatible mode).</summary>
    JsonObject = 1,

    /// <summary>No response_format; the prompt alone asks for JSON (servers that reject the field).</summary>
    PromptOnly = 2,
}
