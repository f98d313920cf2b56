using AssetBank.Core.Text;
using AssetBank.Application.Tagging;
using AssetBank.Core.Errors;
using AssetBank.Core.Tagging;

namespace AssetBank.Workflow.Tests;

public sealed class TagEditTests : IAsyncLifetime
{
    private const string Video = "tvc/three.mp4";
    private WorkflowBank _bank = null!;

    public async Task InitializeAsync()
    {
        _bank = WorkflowBank.Create();
        await _bank.PutAndIngestAsync(Video, await WorkflowBank.ThreeShotVideoAsync());
    }

    public async Task DisposeAsync() => await _bank.DisposeAsync();

    [Fact]
    public async Task A_shot_by_index_is_tagged_even_when_the_tagger_found_nothing_in_it()
    {
        var edit = await Apply(new TagEditRequest(Video, HumanTagAction.Add, TagDimension.Relationship, "新手爸爸", null, "李策略", null) { ShotIndex = 2 });
        Assert.Equal($"{Video}#shot2", edit.ItemId);
    }

    [Theory]
    [InlineData("tvc/none.mp4", "新手爸爸", null, 0, "no such asset")]
    [InlineData(Video, "新手爸爸", null, 9, "no shot 9")]
    [InlineData(Video, "新手爸爸", "tvc/three.mp4#shot7", null, "not a shot or part")]
    [InlineData(Video, "新手爸", null, null, "did you mean 新手爸爸")]
    [InlineData(Video, "焦虑", null, null, "情绪维度")]
    public async Task Bad_edits_are_refused_with_the_reason(string key, string term, string? item, int? shot, string expected)
    {
        var error = await Assert.ThrowsAsync<RequestRejectedException>(() =>
            Apply(new TagEditRequest(key, HumanTagAction.Add, TagDimension.Relationship, term, item, "李策略", null) { ShotIndex = shot }));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_who_is_refused()
    {
        var error = await Assert.ThrowsAsync<RequestRejectedException>(() =>
            Apply(new TagEditRequest(Video, HumanTagAction.Add, TagDimension.Relationship, "新手爸爸", null, "  ", null)));
        Assert.Contains("--who", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_term_is_found_by_edit_distance()
    {
        Assert.Equal(1, EditDistance.Between("新手爸", "新手爸爸"));
        Assert.Equal(3, EditDistance.Between("kitten", "sitting"));
    }

    private Task<HumanTagEdit> Apply(TagEditRequest request) => _bank.Get<EditTags>().ApplyAsync(request, null, default);
}
