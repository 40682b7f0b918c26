using CvBuild.Core.Model;
using CvBuild.Presentation.Building;

namespace CvBuild.Presentation.Tests;

/// <summary>The one "et al." rule of every output.</summary>
public sealed class AuthorShorteningTests
{
    private static readonly Person Owner = new() { Name = "Ada Lovelace" };

    private static IReadOnlyList<Author> Authors(int count, int ownerAt) =>
        [.. Enumerable.Range(0, count).Select(i => new Author(i == ownerAt ? "Ada Lovelace" : $"Author {i}"))];

    private static string Render(IReadOnlyList<Author> authors, int? max)
    {
        var (slots, etAl) = AuthorShortening.Shorten(authors, Owner, max);
        return string.Join(", ", slots.Select(s => s.Author?.Name ?? "…")) + (etAl ? " et al." : "");
    }

    [Fact]
    public void Lists_within_the_limit_are_kept_whole() =>
        Assert.Equal("Author 0, Ada Lovelace, Author 2", Render(Authors(3, 1), 3));

    [Fact]
    public void Owner_among_the_first_is_followed_by_et_al() =>
        Assert.Equal("Author 0, Ada Lovelace et al.", Render(Authors(300, 1), 2));

    [Fact]
    public void Owner_far_down_a_collaboration_list_is_kept_after_an_ellipsis() =>
        Assert.Equal("Author 0, Author 1, …, Ada Lovelace et al.", Render(Authors(300, 150), 2));

    [Fact]
    public void Owner_right_after_the_limit_needs_no_ellipsis() =>
        Assert.Equal("Author 0, Author 1, Ada Lovelace et al.", Render(Authors(300, 2), 2));

    [Fact]
    public void Owner_last_ends_the_list_without_et_al() =>
        Assert.Equal("Author 0, Author 1, …, Ada Lovelace", Render(Authors(300, 299), 2));

    [Fact]
    public void No_limit_keeps_every_author() =>
        Assert.Equal(300, AuthorShortening.Shorten(Authors(300, 5), Owner, null).Slots.Count);

    [Theory]
    [InlineData("others")]
    [InlineData("Others")]
    [InlineData(" others ")]
    public void An_author_written_others_becomes_et_al(string others) =>
        Assert.Equal("Author 0, Ada Lovelace et al.", Render([new Author("Author 0"), new Author("Ada Lovelace"), new Author(others)], null));

    [Fact]
    public void Others_after_a_shortened_list_gives_one_et_al() =>
        Assert.Equal("Author 0, Author 1, …, Ada Lovelace et al.", Render([.. Authors(10, 7), new Author("others")], 2));
}
