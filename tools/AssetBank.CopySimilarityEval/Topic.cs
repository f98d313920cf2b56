namespace AssetBank.CopySimilarityEval;

/// <summary>One advertising vertical's vocabulary: brands, products, selling points, scenes, feelings.</summary>
internal sealed record Topic(string Name, string[] Brands, string[] Products, string[] Benefits, string[] Scenes, string[] Feelings, string[] Hashtags);
