namespace AssetBank.Core.Tagging;

/// <summary>
/// Lays human edits over machine tags. Pure: the catalog keeps the edits, and every (re-)tagging merges them again, so
/// a removed term stays removed and an added term stays added whatever the taggers say next time.
/// </summary>
/// <remarks>
/// Per item and term the latest edit (by <see cref="HumanTagEdit.When"/>, then by position in the list) decides. Terms are
/// matched by id, which is unique across dimensions. Edits of a shot apply to the shot's set inside <see cref="TagSet.Shots"/>.
/// </remarks>
public static class TagMerger
{
    public static TagSet Apply(TagSet machine, IEnumerable<HumanTagEdit> edits, Taxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentNullException.ThrowIfNull(edits);
        var all = edits as IReadOnlyList<HumanTagEdit> ?? edits.ToList();
        return ApplyTo(machine, all, taxonomy);
    }

    /// <summary>The deciding edit per term id for one item.</summary>
    public static IReadOnlyDictionary<string, HumanTagEdit> LatestDecisions(IEnumerable<HumanTagEdit> edits, string itemId)
    {
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(itemId);
        return edits
            .Select((edit, index) => (edit, index))
            .Where(x => string.Equals(x.edit.ItemId, itemId, StringComparison.Ordinal))
            .GroupBy(x => x.edit.TermId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.OrderBy(x => x.edit.When).ThenBy(x => x.index).Last().edit,
                StringComparer.Ordinal);
    }

    private static TagSet ApplyTo(TagSet set, IReadOnlyList<HumanTagEdit> edits, Taxonomy? taxonomy)
    {
        var decisions = LatestDecisions(edits, set.ItemId);
        var shots = set.Shots.Count == 0 ? set.Shots : set.Shots.Select(s => ApplyTo(s, edits, taxonomy)).ToList();
        if (decisions.Count == 0)
        {
            return shots == set.Shots ? set : set with { Shots = shots };
        }

        var machineById = set.Tags
            .GroupBy(t => t.TermId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var tags = set.Tags.Where(t => !decisions.ContainsKey(t.TermId)).ToList();
        foreach (var edit in decisions.Values.Where(e => e.Action == HumanTagAction.Add))
        {
            var term = taxonomy?.FindById(edit.TermId);
            machineById.TryGetValue(edit.TermId, out var machineTag);
            var evidence = machineTag?.Evidence ?? [];
            if (!string.IsNullOrWhiteSpace(edit.Note))
            {
                evidence = [new TagEvidence { Text = edit.Note }, .. evidence];
            }

            tags.Add(new TagAssignment(
                term?.Dimension ?? edit.Dimension,
                edit.TermId,
                term?.Label ?? edit.Label ?? machineTag?.Label ?? edit.TermId,
                1.0,
                TagSource.Human)
            {
                Evidence = evidence,
                Tagger = edit.Who,
            });
        }

        return set with { Tags = TagSet.Canonical(tags), Shots = shots };
    }
}
