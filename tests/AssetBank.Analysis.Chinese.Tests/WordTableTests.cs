using AssetBank.Analysis.Chinese.Segmentation;

namespace AssetBank.Analysis.Chinese.Tests;

public sealed class WordTableTests
{
    [Fact]
    public void Keys_of_every_length_are_found_with_their_prefixes_marked_as_prefixes()
    {
        var table = new WordTable(16, 64, 16);
        table.SetWord("新手爸爸", 30, keepHigher: false);
        table.SetWord("新", 5, keepHigher: false);

        Assert.Equal(5, Lookup(table, "新"));
        Assert.Equal(0, Lookup(table, "新手"));
        Assert.Equal(0, Lookup(table, "新手爸"));
        Assert.Equal(30, Lookup(table, "新手爸爸"));
        Assert.Equal(-1, Lookup(table, "手"));
        Assert.Equal(-1, Lookup(table, "新手妈"));
        Assert.Equal(2, table.WordCount);
    }

    [Fact]
    public void Growing_keeps_every_key_and_frequency()
    {
        var table = new WordTable(16, 64, 16);
        var words = Enumerable.Range(0, 500).Select(i => $"词{(char)('一' + i)}{i}").Append("夜醒").Append("奶").ToArray();
        foreach (var word in words)
        {
            if (!table.HasRoomFor(word.Length, word.Length * (word.Length + 1) / 2))
            {
                table = table.Grow(word.Length, word.Length * (word.Length + 1) / 2);
            }

            table.SetWord(word, word.Length, keepHigher: false);
        }

        Assert.All(words, w => Assert.Equal(w.Length, Lookup(table, w)));
        Assert.Equal(words.Length, table.WordCount);
    }

    [Fact]
    public void Keeping_the_higher_frequency_never_lowers_a_word()
    {
        var table = new WordTable(16, 64, 16);
        table.SetWord("种草", 100, keepHigher: false);
        Assert.Equal(100, table.SetWord("种草", 10, keepHigher: true));
        Assert.Equal(100, Lookup(table, "种草"));
        table.SetWord("种草", 10, keepHigher: false);
        Assert.Equal(10, Lookup(table, "种草"));
    }

    private static int Lookup(WordTable table, string key) => table.Lookup(WordTable.HashOf(key), key);
}
