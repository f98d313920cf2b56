using AssetBank.Core.Assets;
using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Lexicon;

/// <summary>
/// The offline, deterministic default tagger: finds the taxonomy's labels, synonyms and keywords in all text of an item
/// (folded for full-width and case), scores each term by keyword weights, field weights and negative keywords, and turns
/// the score into a confidence. Evidence is the matched span in the original text.
/// </summary>
/// <remarks>
/// Without an <see cref="ITextSegmenter"/> every character is a word boundary (normalised longest match); with one,
/// matches must start and end on the segmenter's word boundaries. Same input, taxonomy and options → same tags.
/// </remarks>
public sealed class LexiconTagger : ITagger
{
    public const string TaggerName = "lexicon";

    /// <summary>Written to <see cref="TagSet.Model"/>; bump when the scoring changes so cached and stored tags can be told apart.</summary>
    public const string ModelName = "lexicon-v3";

    private readonly LexiconIndex _index;
    private readonly LexiconOptions _options;
    private readonly ITextSegmenter? _segmenter;

    public LexiconTagger(Taxonomy taxonomy, LexiconOptions? options = null, ITextSegmenter? segmenter = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        _index = new LexiconIndex(taxonomy);
        _options = options ?? new LexiconOptions();
        _segmenter = segmenter;
    }

    public string Name => TaggerName;

    public Taxonomy Taxonomy => _index.Taxonomy;

    public Task<TagSet> TagAsync(TaggingInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Tag(input));
    }

    public Task<IReadOnlyList<TagSet>> TagShotsAsync(TaggingInput video, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(TagShots(video));
    }

    /// <summary>Tags an item; a video's tags come from its own text plus all its shots' text, and its shots are tagged too.</summary>
    public TagSet Tag(TaggingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pieces = input.OwnTexts().Select(t => (t, (string?)null))
            .Concat(input.Shots.SelectMany(s => s.Texts.Select(t => (t, (string?)s.ShotId))));
        if (input.Kind == AssetKind.Video && input.Shots.Count > 1)
        {
            var own = input.Shots.Select(shot => Accumulate(shot.Texts.Select(t => (t, (string?)shot.ShotId)))).ToList();
            return NewSet(input.ItemId, Finish(FilmScores(input, own, Accumulate(ItemContextTexts(input))), film: true)) with { Shots = TagShots(input) };
        }

        return NewSet(input.ItemId, Finish(Accumulate(pieces))) with { Shots = TagShots(input) };
    }

    /// <summary>
    /// What a part takes from the item it belongs to: the title and metadata, not the body, which for a KOL list or an
    /// export holds the other parts' words.
    /// </summary>
    private static IEnumerable<(TaggingText, string?)> ItemContextTexts(TaggingInput input) =>
        input.OwnTexts()
            .Where(t => t.Field is TaggingTextField.Title or TaggingTextField.Metadata or TaggingTextField.Hashtag)
            .Select(t => (t, (string?)null));

    /// <summary>
    /// A film's scores from its own text and all its shots, an industry counting in proportion to how many shots (and
    /// whether the title) carry it: 手机 said once in one shot of a baby-care TVC does not make the film 3C数码.
    /// </summary>
    private Dictionary<int, TermScore> FilmScores(TaggingInput video, List<Dictionary<int, TermScore>> shots, Dictionary<int, TermScore> itemText)
    {
        var film = Accumulate(video.OwnTexts().Select(t => (t, (string?)null)).Concat(video.Shots.SelectMany(s => s.Texts.Select(t => (t, (string?)s.ShotId)))));
        var needed = Math.Max(2.0, _options.IndustrySpread * shots.Count);
        foreach (var (termIndex, score) in film)
        {
            if (Taxonomy.Terms[termIndex].Dimension != TagDimension.Industry)
            {
                continue;
            }

            var support = shots.Count(s => s.TryGetValue(termIndex, out var shot) && shot.Own > 0)
                + (itemText.TryGetValue(termIndex, out var own) && own.Own > 0 ? 2 : 0);
            if (support < needed)
            {
                Scale(score, support / needed);
            }
        }

        return film;
    }

    /// <summary>
    /// Tags each shot (or each note, row or thread of an export) from its own text first, then from its context, down-weighted:
    /// the item's own title and text, and — for a video's shots — the whole film and the neighbouring shots. A word
    /// passing in one shot (查手机 in a baby-care TVC) no longer outvotes what the film is about.
    /// </summary>
    public IReadOnlyList<TagSet> TagShots(TaggingInput video)
    {
        ArgumentNullException.ThrowIfNull(video);
        var itemText = Accumulate(ItemContextTexts(video));
        if (video.Kind != AssetKind.Video || video.Shots.Count < 2)
        {
            // Rows, notes and threads need only their own words and the item's title: one at a time, so a 20,000-row
            // KOL list never holds every row's scores at once.
            return video.Shots.Select(part =>
            {
                var scores = Accumulate(part.Texts.Select(t => (t, (string?)part.ShotId)));
                AddContext(scores, itemText, _options.ItemContextShare, _options.ItemContextShare);
                return NewSet(part.ShotId, Finish(scores));
            }).ToList();
        }

        var own = video.Shots.Select(shot => Accumulate(shot.Texts.Select(t => (t, (string?)shot.ShotId)))).ToList();
        var film = FilmScores(video, own, itemText);
        var sets = new List<TagSet>(video.Shots.Count);
        for (var i = 0; i < video.Shots.Count; i++)
        {
            var scores = Copy(own[i]);

            // The industry is the film's (its brand and product), not the passing words of one shot.
            foreach (var (termIndex, score) in scores)
            {
                if (Taxonomy.Terms[termIndex].Dimension == TagDimension.Industry)
                {
                    Scale(score, _options.ShotIndustryFactor);
                }
            }

            AddContext(scores, film, _options.FilmContextShare, _options.FilmIndustryShare);
            foreach (var neighbour in (ReadOnlySpan<int>)[i - 1, i + 1])
            {
                if (neighbour >= 0 && neighbour < own.Count)
                {
                    AddContext(scores, own[neighbour], _options.NeighbourContextShare, _options.NeighbourContextShare);
                }
            }

            sets.Add(NewSet(video.Shots[i].ShotId, Finish(scores, film: true)));
        }

        return sets;
    }

    /// <summary>Tags a bare text as the body of an item; handy for dry runs and evaluation.</summary>
    public TagSet TagText(string itemId, string text)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        ArgumentNullException.ThrowIfNull(text);
        return Tag(new TaggingInput { ItemId = itemId, Texts = [new TaggingText(TaggingTextField.Body, text)] });
    }

    private TagSet NewSet(string itemId, IReadOnlyList<TagAssignment> tags) => new()
    {
        ItemId = itemId,
        Tagger = TaggerName,
        Model = ModelName,
        TaxonomyVersion = Taxonomy.Version,
        Tags = tags,
    };

    /// <summary>Adds <paramref name="share"/> of each context score (capped, so a long film does not drown the shot) with its evidence marked as context.</summary>
    private void AddContext(Dictionary<int, TermScore> scores, Dictionary<int, TermScore> context, double share, double industryShare)
    {
        foreach (var (termIndex, score) in context)
        {
            var termShare = Taxonomy.Terms[termIndex].Dimension == TagDimension.Industry ? industryShare : share;
            if (score.Own <= 0 || termShare <= 0)
            {
                continue;
            }

            if (!scores.TryGetValue(termIndex, out var target))
            {
                target = new TermScore();
                scores.Add(termIndex, target);
            }

            var factor = termShare * Math.Min(score.Own, _options.ContextScoreCap) / score.Own;
            target.Own += score.Own * factor;
            target.Evidence.AddRange(score.Evidence.Select(c => c with { Amount = c.Amount * factor, Evidence = c.Evidence with { Field = TaggingTextField.Context } }));
        }
    }

    private static void Scale(TermScore score, double factor)
    {
        score.Own *= factor;
        for (var i = 0; i < score.Evidence.Count; i++)
        {
            score.Evidence[i] = score.Evidence[i] with { Amount = score.Evidence[i].Amount * factor };
        }
    }

    private static Dictionary<int, TermScore> Copy(Dictionary<int, TermScore> scores)
    {
        var copy = new Dictionary<int, TermScore>(scores.Count);
        foreach (var (termIndex, score) in scores)
        {
            var clone = new TermScore { Own = score.Own };
            clone.Evidence.AddRange(score.Evidence);
            copy.Add(termIndex, clone);
        }

        return copy;
    }

    private Dictionary<int, TermScore> Accumulate(IEnumerable<(TaggingText Text, string? ShotId)> pieces)
    {
        var scores = new Dictionary<int, TermScore>();
        var order = 0;
        foreach (var (piece, shotId) in pieces)
        {
            if (string.IsNullOrWhiteSpace(piece.Text))
            {
                continue;
            }

            var original = piece.Text;
            var folded = TaxonomyText.Fold(original);
            var boundaries = _segmenter is null ? null : TokenBoundaries.From(_segmenter.Segment(folded), folded.Length);
            var fieldWeight = _options.WeightOf(piece.Field);
            foreach (var match in _index.FindAll(folded, boundaries))
            {
                var span = new TagEvidence
                {
                    Field = piece.Field,
                    Text = original[match.Start..match.End],
                    Start = match.Start,
                    Length = match.Length,
                    ShotId = shotId,
                };
                var cue = IsEmotion(match)
                    ? EmotionCueReader.Read(folded, match.Start, match.End, _options.ArcStartFactor, _options.ContrastFactor, _options.IntensifierFactor)
                    : HasOpposite(match)
                        ? NegationOnly(EmotionCueReader.Read(folded, match.Start, match.End, 1.0, 1.0, 1.0), match.Start)
                        : EmotionCue.Plain(match.Start);
                if (cue.CueStart < match.Start)
                {
                    span = span with { Text = original[cue.CueStart..match.End], Start = cue.CueStart, Length = match.End - cue.CueStart };
                }

                Count(scores, match, folded[match.Start..match.End], fieldWeight * cue.Factor, span, cue.Negated, ref order);
            }
        }

        return scores;
    }

    private List<TagAssignment> Finish(Dictionary<int, TermScore> scores, bool film = false)
    {
        var totals = scores.ToDictionary(p => p.Key, p => p.Value.Own);
        var evidence = scores.ToDictionary(p => p.Key, p => new List<Contribution>(p.Value.Evidence));
        if (_options.ParentShare > 0)
        {
            foreach (var (termIndex, score) in scores.OrderBy(p => p.Key))
            {
                if (score.Own <= 0)
                {
                    continue;
                }

                var share = _options.ParentShare;
                foreach (var ancestor in Taxonomy.AncestorsOf(Taxonomy.Terms[termIndex].Id))
                {
                    var ancestorIndex = _index.IndexOf(ancestor.Id);
                    totals[ancestorIndex] = totals.GetValueOrDefault(ancestorIndex) + share * score.Own;
                    if (!evidence.TryGetValue(ancestorIndex, out var list))
                    {
                        list = [];
                        evidence.Add(ancestorIndex, list);
                    }

                    list.AddRange(score.Evidence.Select(c => c with { Amount = c.Amount * share }));
                    share *= _options.ParentShare;
                }
            }
        }

        AddShownTogether(scores, totals, evidence);
        YieldSettings(totals);
        var tags = new List<TagAssignment>();
        foreach (var dimension in TagDimensions.All)
        {
            var best = totals
                .Where(p => p.Value > 0 && Taxonomy.Terms[p.Key].Dimension == dimension)
                .Select(p => (Term: Taxonomy.Terms[p.Key], Index: p.Key, Confidence: Confidence(p.Value)))
                .Where(x => x.Confidence > 0)
                .OrderByDescending(x => x.Confidence)
                .ThenBy(x => x.Term.Id, StringComparer.Ordinal)
                .ToList();
            best = best.Count > 0 && best[0].Confidence < _options.MinConfidence && best[0].Confidence >= LoneFloor(dimension)
                ? best.Take(1).ToList()
                : best.Where(x => x.Confidence >= _options.MinConfidence).Take(_options.MaxTagsPerDimension).ToList();
            if (film && dimension == TagDimension.Industry && best.Count > 1)
            {
                // Inside a film an industry outside the leading one's family must come close to it to be said at all.
                var lead = best[0];
                best = best.Where(x => x.Index == lead.Index
                        || Taxonomy.AncestorsOf(x.Term.Id).Any(a => a.Id == lead.Term.Id)
                        || Taxonomy.AncestorsOf(lead.Term.Id).Any(a => a.Id == x.Term.Id)
                        || totals[x.Index] >= _options.FilmIndustryDominance * totals[lead.Index])
                    .ToList();
            }

            foreach (var (term, index, confidence) in best)
            {
                tags.Add(new TagAssignment(dimension, term.Id, term.Label, confidence, TagSource.Lexicon)
                {
                    Evidence = TopEvidence(evidence.GetValueOrDefault(index) ?? []),
                    Tagger = TaggerName,
                    Model = ModelName,
                });
            }
        }

        return tags;
    }

    /// <summary>Gives the term a <see cref="ShownTogether"/> pair means the own scores (with descendants) of both sides.</summary>
    private void AddShownTogether(Dictionary<int, TermScore> scores, Dictionary<int, double> totals, Dictionary<int, List<Contribution>> evidence)
    {
        foreach (var rule in _options.ShownTogether)
        {
            if (!_index.TryIndexOf(rule.Means, out var means))
            {
                continue;
            }

            var (first, firstEvidence) = Shown(scores, rule.First);
            var (second, secondEvidence) = Shown(scores, rule.Second);
            if (first <= 0 || second <= 0)
            {
                continue;
            }

            var share = _options.ShownTogetherShare;
            totals[means] = totals.GetValueOrDefault(means) + share * (first + second);
            if (!evidence.TryGetValue(means, out var list))
            {
                list = [];
                evidence.Add(means, list);
            }

            list.AddRange(firstEvidence.Concat(secondEvidence).Select(c => c with { Amount = c.Amount * share }));
        }
    }

    /// <summary>A time of day or week (下班后) steps back when the text also shows what happens in it.</summary>
    private void YieldSettings(Dictionary<int, double> totals)
    {
        var settings = _options.Settings.Where(id => _index.TryIndexOf(id, out _)).Select(_index.IndexOf).ToHashSet();
        var activity = totals.Any(p => p.Value > 0 && !settings.Contains(p.Key) && Taxonomy.Terms[p.Key].Dimension == TagDimension.Scenario);
        if (!activity)
        {
            return;
        }

        foreach (var setting in settings)
        {
            if (totals.TryGetValue(setting, out var total))
            {
                totals[setting] = total * _options.SettingShare;
            }
        }
    }

    /// <summary>The own score of a term and its descendants, with their evidence.</summary>
    private (double Score, List<Contribution> Evidence) Shown(Dictionary<int, TermScore> scores, string termId)
    {
        var total = 0.0;
        var evidence = new List<Contribution>();
        foreach (var (termIndex, score) in scores)
        {
            var term = Taxonomy.Terms[termIndex];
            if (score.Own > 0 && (term.Id == termId || Taxonomy.AncestorsOf(term.Id).Any(a => a.Id == termId)))
            {
                total += score.Own;
                evidence.AddRange(score.Evidence);
            }
        }

        return (total, evidence);
    }

    /// <summary>Outside emotion only the negation of a cue counts: 告别单身 turns over, but 太 does not make 单身 louder.</summary>
    private static EmotionCue NegationOnly(EmotionCue cue, int start) => cue.Negated ? cue : EmotionCue.Plain(start);

    private bool ReadsNegation(TaxonomyTerm term) =>
        term.Dimension == TagDimension.Emotion || _options.NegatedAs.ContainsKey(term.Id);

    private bool HasOpposite(LexiconMatch match)
    {
        foreach (var entry in match.Entries)
        {
            if (_options.NegatedAs.ContainsKey(Taxonomy.Terms[entry.TermIndex].Id))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsEmotion(LexiconMatch match)
    {
        foreach (var entry in match.Entries)
        {
            if (Taxonomy.Terms[entry.TermIndex].Dimension == TagDimension.Emotion)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds one match to the scores of the terms it means; repeats of a word decay and stop counting after MaxRepeats.
    /// A negated emotion word argues against its term and, where the options name one, for its opposite (不慌 → 安心).
    /// </summary>
    private void Count(Dictionary<int, TermScore> scores, LexiconMatch match, string surface, double fieldWeight, TagEvidence span, bool negated, ref int order)
    {
        foreach (var entry in match.Entries)
        {
            var score = ScoreOf(scores, entry.TermIndex);
            var seen = score.Repeats.GetValueOrDefault(surface);
            score.Repeats[surface] = seen + 1;
            if (seen >= _options.MaxRepeats)
            {
                continue;
            }

            var amount = fieldWeight * Math.Pow(_options.RepeatFactor, seen);
            var term = Taxonomy.Terms[entry.TermIndex];
            if (entry.Negative || (negated && ReadsNegation(term)))
            {
                score.Own -= _options.NegativeWeight * amount;
                // 不孤单 is both a negative keyword of 孤独 and a sign of its opposite.
                var turnsOver = negated || EmotionCueReader.StartsWithNegator(surface);
                if (turnsOver && ReadsNegation(term) && _options.NegatedAs.TryGetValue(term.Id, out var opposite) && _index.TryIndexOf(opposite, out var oppositeIndex))
                {
                    var turned = _options.NegatedWeight * amount;
                    var target = ScoreOf(scores, oppositeIndex);
                    target.Own += turned;
                    target.Evidence.Add(new Contribution(turned, order++, span));
                }

                continue;
            }

            var contribution = entry.Weight * amount;
            score.Own += contribution;
            score.Evidence.Add(new Contribution(contribution, order++, span));
        }
    }

    private static TermScore ScoreOf(Dictionary<int, TermScore> scores, int termIndex)
    {
        if (!scores.TryGetValue(termIndex, out var score))
        {
            score = new TermScore();
            scores.Add(termIndex, score);
        }

        return score;
    }

    private double LoneFloor(TagDimension dimension) =>
        dimension == TagDimension.Emotion ? _options.LoneEmotionConfidence : _options.MinConfidence;

    private double Confidence(double score) => Math.Round(1 - Math.Exp(-score / _options.SaturationScore), 4);

    private List<TagEvidence> TopEvidence(List<Contribution> contributions) =>
        contributions
            .OrderByDescending(c => c.Amount)
            .ThenBy(c => c.Order)
            .Select(c => c.Evidence)
            .Distinct()
            .Take(_options.MaxEvidence)
            .ToList();

    private sealed class TermScore
    {
        public double Own { get; set; }

        public List<Contribution> Evidence { get; } = [];

        public Dictionary<string, int> Repeats { get; } = new(StringComparer.Ordinal);
    }

    private readonly record struct Contribution(double Amount, int Order, TagEvidence Evidence);
}
