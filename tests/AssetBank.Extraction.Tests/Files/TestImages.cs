namespace AssetBank.Extraction.Tests.Files;

public static class TestImages
{
    /// <summary>The bytes of a 1×1 PNG (signature, IHDR, IDAT, IEND); extraction lists images, it never decodes them.</summary>
    public static byte[] Png { get; } = Convert.FromHexString(
        "89504E470D0A1A0A0000000D4948445200000001000000010806000000" +
        "1F15C4890000000D49444154789C6360000002000100FFFF03000006000557BFABD40000000049454E44AE426082");
}
