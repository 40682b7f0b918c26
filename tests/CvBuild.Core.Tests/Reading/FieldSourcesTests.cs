using CvBuild.Core.Model;

namespace CvBuild.Core.Tests.Reading;

/// <summary>Where each field of an entry was written: kept by the reader for problems found after reading.</summary>
public sealed class FieldSourcesTests
{
    [Fact]
    public void A_publication_keeps_the_place_of_each_value_and_of_each_item()
    {
        var cv = ReaderTestKit.Read(ReaderTestKit.Person + """
            publications:
              - kind: journal
                title: A Title
                authors: [Ada Lovelace, {name: Charles Babbage}]
                venue: {name: Journal, short: J}
                year: 2020
                awards: [First, Second]
            """).Cv!;
        var fields = cv.Publications[0].Fields;
        Assert.Equal(new SourceSpan("cv.yaml", 5, 12), fields.At("title"));
        Assert.Equal(new SourceSpan("cv.yaml", 6, 29), fields.At("authors[1]"));
        Assert.Equal(new SourceSpan("cv.yaml", 6, 36), fields.At("authors[1].name"));
        Assert.Equal(new SourceSpan("cv.yaml", 7, 19), fields.At("venue.name"));
        Assert.Equal(new SourceSpan("cv.yaml", 9, 21), fields.At("awards[1]"));
        Assert.Null(fields.At("note"));
    }

    [Fact]
    public void A_part_not_written_on_its_own_is_at_the_field_that_holds_it()
    {
        var cv = ReaderTestKit.Read(ReaderTestKit.Person + """
            publications:
              - {kind: journal, title: T, authors: [Ada Lovelace], venue: Nature, year: 2020}
            """).Cv!;
        Assert.Equal(new SourceSpan("cv.yaml", 4, 63), cv.Publications[0].Fields.At("venue.name"));
        Assert.Equal(new SourceSpan("cv.yaml", 2, 9), cv.Person.Fields.At("name"));
    }

    [Fact]
    public void Positions_given_later_replace_a_field_and_its_parts()
    {
        var bib = FieldSources.Of([("awards", new SourceSpan("refs.bib", 3, 3)), ("awards[0]", new SourceSpan("refs.bib", 3, 12)), ("title", new SourceSpan("refs.bib", 2, 3))]);
        var merged = bib.With(FieldSources.Of([("awards", new SourceSpan("cv.yaml", 9, 5))]));
        Assert.Equal(new SourceSpan("cv.yaml", 9, 5), merged.At("awards[0]"));
        Assert.Equal(new SourceSpan("refs.bib", 2, 3), merged.At("title"));
        Assert.Equal(merged, bib.With(FieldSources.Of([("awards", new SourceSpan("cv.yaml", 9, 5))])));
        Assert.Same(FieldSources.None, FieldSources.Of([]));
    }
}
