using AssetBank.Core.Similarity;
using AssetBank.Similarity.Copy;
using Microsoft.Extensions.Options;

namespace AssetBank.CopySimilarity.Tests;

public sealed class MinHashAndLshTests
{
    private readonly CopySimilarityEngine _engine = new(Options.Create(new CopySimilarityOptions()));

    [Fact]
    public void The_MinHash_estimate_follows_the_exact_Jaccard_similarity()
    {
        var hasher = new MinHasher(256);
        var a = Enumerable.Range(0, 200).Select(i => CopyShingles.Mix((ulong)i)).ToArray();
        var b = Enumerable.Range(100, 200).Select(i => CopyShingles.Mix((ulong)i)).ToArray(); // 100 shared of 300: J = 1/3

        var estimate = MinHasher.Estimate(hasher.Signature(a), hasher.Signature(b));

        Assert.InRange(estimate, 0.23, 0.43);
        Assert.Equal(1.0, MinHasher.Estimate(hasher.Signature(a), hasher.Signature(a)));
    }

    [Fact]
    public void Window_signatures_from_the_table_equal_signatures_of_the_window_itself()
    {
        var hasher = new MinHasher(16);
        var shingles = CopyShingles.Of("今天必须安利这款口红持妆十二小时不脱妆", 3);

        var fromTable = hasher.Signature(hasher.Table(shingles), 4, 6);

        Assert.Equal(hasher.Signature(shingles.AsSpan(4, 6)), fromTable);
    }

    [Fact]
    public void The_index_proposes_a_near_duplicate_and_a_slogan_hidden_in_a_long_post_but_not_an_unrelated_text()
    {
        var index = _engine.CreateIndex();
        index.Add(1, _engine.Describe("怕上火，就喝清泉山凉茶").Signature);
        index.Add(2, _engine.Describe("十分钟快充补能三百公里，周末自驾游说走就走，远途纯电SUV带全家出游安心又从容。").Signature);
        index.Add(3, _engine.Describe("九十鸭绒轻暖不臃肿，栖木羽绒服让通勤上班温柔又高级。").Signature);

        var post = _engine.Describe("姐妹们！最近真的好热，办公室午后来一瓶冰镇的最舒服。怕上火就喝清泉山凉茶！已有二十万人种草，点击下方链接立即抢购 #夏日饮品");
        var nearDuplicate = _engine.Describe("十分钟快充补能三百公里!! 周末自驾游 说走就走～远途纯电SUV带全家出游安心又从容");
        var unrelated = _engine.Describe("这款扫地机器人自动集尘解放双手，周末大扫除也住得更舒心。");

        Assert.Contains(1L, index.Query(post));
        Assert.Contains(2L, index.Query(nearDuplicate));
        Assert.Empty(index.Query(unrelated));
    }

    [Fact]
    public void Stored_signatures_round_trip_and_foreign_bytes_are_refused_with_the_item_named()
    {
        var signature = _engine.Describe("一抹显白不挑皮，澜肌口红").Signature;

        var decoded = CopySignatureCodec.Decode(CopySignatureCodec.Encode(signature), "Lib/a.txt");

        Assert.Equal(signature.MinHash, decoded.MinHash);
        Assert.Equal((signature.SimHash, signature.Length), (decoded.SimHash, decoded.Length));
        var error = Assert.Throws<AssetBank.Core.Errors.CatalogException>(() => CopySignatureCodec.Decode([9, 9, 9], "Lib/b.txt"));
        Assert.Contains("Lib/b.txt", error.Message, StringComparison.Ordinal);
    }
}
