using System.Globalization;
using System.Text;
using AssetBank.Core.Search;
using AssetBank.Core.Tagging;

namespace AssetBank.Benchmarks.Search;

/// <summary>
/// Deterministic synthetic bank: per seed, the same documents in the same order. 80 % are TVC/short-video shots (eight
/// per video, a subtitle or two each), 12 % Xiaohongshu notes, 6 % Douyin comment groups, 2 % copy. Each document has a
/// theme; its text is composed from the theme's phrases and it is tagged on each dimension with probability 0.85, with a
/// confidence between 0.45 and 0.98.
/// </summary>
internal sealed class SyntheticCorpus
{
    private const int ShotsPerVideo = 8;
    private static readonly string[] VideoChannels = ["TVC", "TVC", "抖音", "B站", "微博"];
    private static readonly DateTimeOffset Epoch = new(2015, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private readonly Taxonomy _taxonomy;
    private readonly int _seed;

    public SyntheticCorpus(Taxonomy taxonomy, int seed)
    {
        _taxonomy = taxonomy;
        _seed = seed;
        foreach (var theme in Themes.All)
        {
            Check(TagDimension.Industry, theme.Industries);
            Check(TagDimension.Scenario, theme.Scenarios);
            Check(TagDimension.Emotion, theme.Emotions);
            Check(TagDimension.Relationship, theme.Relationships);
        }
    }

    public async IAsyncEnumerable<SearchDocument> StreamAsync(long count, long firstId = 0)
    {
        foreach (var document in Generate(count, firstId))
        {
            yield return document;
            if (document.AssetId % 4096 == 0)
            {
                await Task.Yield();
            }
        }
    }

    public IEnumerable<SearchDocument> Generate(long count, long firstId = 0)
    {
        var random = new Random(_seed);
        long produced = 0;
        var nextAsset = firstId + 1;
        while (produced < count)
        {
            var theme = Themes.All[random.Next(Themes.All.Count)];
            var roll = random.Next(100);
            if (roll < 80)
            {
                foreach (var shot in Video(random, theme, nextAsset++, (int)Math.Min(ShotsPerVideo, count - produced)))
                {
                    produced++;
                    yield return shot;
                }
            }
            else
            {
                produced++;
                yield return roll switch
                {
                    < 92 => Note(random, theme, nextAsset++),
                    < 98 => Comments(random, theme, nextAsset++),
                    _ => Copy(random, theme, nextAsset++),
                };
            }
        }
    }

    private IEnumerable<SearchDocument> Video(Random random, Theme theme, long assetId, int shots)
    {
        var channel = Pick(random, VideoChannels);
        var client = Pick(random, theme.Clients);
        var title = client + Pick(random, theme.Titles) + (channel == "TVC" ? "30秒TVC" : "短视频");
        var created = Date(random);
        var start = 0.0;
        for (var i = 0; i < shots; i++)
        {
            var length = Math.Round(1.5 + (random.NextDouble() * 5), 2);
            var subtitles = random.Next(3) == 0 ? Sentence(random, theme) + "\n" + Sentence(random, theme) : Sentence(random, theme);
            yield return SearchDocument.ForShot(assetId, i, start, start + length) with
            {
                Channel = channel,
                Client = client,
                Project = client + created.Year.ToString(CultureInfo.InvariantCulture),
                Created = created,
                Key = string.Create(CultureInfo.InvariantCulture, $"video/{created.Year}/{assetId}.mp4"),
                KeyframeKey = string.Create(CultureInfo.InvariantCulture, $"derived/{assetId}/shot-{i:000}.jpg"),
                Title = title,
                Subtitles = subtitles,
                Tags = Tags(random, theme),
            };
            start += length;
        }
    }

    private SearchDocument Note(Random random, Theme theme, long assetId)
    {
        var body = new StringBuilder();
        var sentences = 3 + random.Next(4);
        for (var i = 0; i < sentences; i++)
        {
            body.Append(Sentence(random, theme)).Append(random.Next(4) == 0 ? "！" : "。");
        }

        return SearchDocument.ForAsset(assetId, "social") with
        {
            Channel = "小红书",
            Created = Date(random),
            Title = Pick(random, theme.Subjects) + "｜" + Pick(random, theme.Details),
            Body = body.ToString(),
            Engagement = random.Next(50, 50_000),
            ExternalId = string.Create(CultureInfo.InvariantCulture, $"xhs-{assetId:x}"),
            Tags = Tags(random, theme),
        };
    }

    private SearchDocument Comments(Random random, Theme theme, long assetId)
    {
        var lines = new StringBuilder();
        var count = 3 + random.Next(5);
        for (var i = 0; i < count; i++)
        {
            lines.Append(Pick(random, Themes.CommentOpeners)).Append(Pick(random, theme.Subjects)).Append(Pick(random, theme.Actions)).Append('\n');
        }

        return SearchDocument.ForAsset(assetId, "social") with
        {
            Channel = "抖音",
            Created = Date(random),
            Title = Pick(random, theme.Subjects) + Pick(random, theme.Actions) + "名场面",
            Comments = lines.ToString(),
            Engagement = random.Next(500, 500_000),
            Tags = Tags(random, theme),
        };
    }

    private SearchDocument Copy(Random random, Theme theme, long assetId)
    {
        var client = Pick(random, theme.Clients);
        return SearchDocument.ForAsset(assetId, "copy") with
        {
            Channel = "微信",
            Client = client,
            Created = Date(random),
            Title = client + Pick(random, theme.Titles) + "朋友圈文案",
            Body = Sentence(random, theme) + "。" + Sentence(random, theme) + "。" + client + "，" + Pick(random, theme.Details) + "。",
            Tags = Tags(random, theme),
        };
    }

    private static string Sentence(Random random, Theme theme) =>
        Pick(random, Themes.Times) + Pick(random, theme.Subjects) + Pick(random, theme.Actions) + "，" + Pick(random, theme.Details);

    private List<SearchTag> Tags(Random random, Theme theme)
    {
        var tags = new List<SearchTag>(4);
        Add(tags, random, TagDimension.Industry, theme.Industries);
        Add(tags, random, TagDimension.Scenario, theme.Scenarios);
        Add(tags, random, TagDimension.Emotion, theme.Emotions);
        Add(tags, random, TagDimension.Relationship, theme.Relationships);
        return tags;
    }

    private void Add(List<SearchTag> tags, Random random, TagDimension dimension, string[] labels)
    {
        if (random.Next(100) >= 85)
        {
            return;
        }

        var term = _taxonomy.FindByLabel(dimension, Pick(random, labels))!;
        tags.Add(new SearchTag(dimension, term.Id, term.Label, Math.Round(0.45 + (random.NextDouble() * 0.53), 2)));
    }

    private static DateTimeOffset Date(Random random) => Epoch.AddDays(random.Next(3650)).AddMinutes(random.Next(1440));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private void Check(TagDimension dimension, IEnumerable<string> labels)
    {
        foreach (var label in labels)
        {
            if (_taxonomy.FindByLabel(dimension, label) is null)
            {
                throw new InvalidOperationException($"Theme label {label} is not a {dimension} term of the taxonomy.");
            }
        }
    }
}
