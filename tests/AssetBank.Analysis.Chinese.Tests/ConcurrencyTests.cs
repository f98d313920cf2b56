using static AssetBank.Analysis.Chinese.Tests.TokenStreams;

namespace AssetBank.Analysis.Chinese.Tests;

public sealed class ConcurrencyTests
{
    private static readonly string[] Texts =
    [
        "新手爸爸半夜哄娃，宝宝夜醒怎么办？",
        "小红书种草笔记：这款安抚奶嘴真的绝绝子！",
        "双十一大促到手价99元，iPhone16新品开箱测评。",
        "母婴品牌信息流投放转化率提升35%，KOL和KOC组合打法值得复盘😂",
        "他来到了网易杭研大厦，小明硕士毕业于中国科学院计算所",
    ];

    [Fact]
    public void One_analyzer_shared_by_many_threads_gives_each_the_single_threaded_result()
    {
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Index);
        var expected = Texts.Select(t => Analyze(analyzer, t)).ToArray();
        var failures = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
        {
            for (var i = 0; i < 300; i++)
            {
                var which = (worker + i) % Texts.Length;
                if (!Analyze(analyzer, Texts[which]).SequenceEqual(expected[which]))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Adding_words_while_other_threads_analyze_is_safe_and_takes_effect()
    {
        var dictionary = ChineseDictionary.Create(includeAdVocabulary: false);
        using var analyzer = new ChineseAnalyzer(ChineseAnalyzerMode.Query, dictionary);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var runs = 0;
            while (!stop.IsCancellationRequested || runs == 0)
            {
                foreach (var text in Texts)
                {
                    Analyze(analyzer, text);
                }

                runs++;
            }

            return runs;
        })).ToArray();

        // Enough words that the table has to grow under the readers' feet.
        var words = Enumerable.Range(0, 30_000).Select(i => $"测词{i:x}").ToList();
        words.Add("杭研大厦");
        foreach (var chunk in words.Chunk(1000))
        {
            dictionary.AddWords(chunk);
        }

        stop.Cancel();
        Assert.All(readers, r => Assert.True(r.Result > 0));
        Assert.Contains("杭研大厦", Terms(analyzer, "他来到了网易杭研大厦"));
        Assert.True(dictionary.Contains("测词1f3"));
    }
}
