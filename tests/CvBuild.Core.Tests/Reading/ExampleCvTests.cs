using CvBuild.Core.Model;
using CvBuild.Core.Reading;
using static CvBuild.Core.Tests.Reading.ReaderTestKit;

namespace CvBuild.Core.Tests.Reading;

/// <summary>The shipped example is the seed CV transcribed completely: counts per section and exact values.</summary>
public sealed class ExampleCvTests
{
    private static readonly Lazy<ReadResult> Example = new(() => CvReader.ReadFile(ExamplePath));
    private static Cv Cv => Example.Value.Cv!;

    [Fact]
    public void Example_reads_without_errors_or_warnings()
    {
        Assert.True(Example.Value.Succeeded);
        Assert.Empty(Example.Value.Diagnostics);
    }

    [Fact]
    public void Example_has_every_entry_of_the_seed_cv()
    {
        Assert.Single(Cv.PositionsOf(PositionKind.Academic));
        Assert.Equal(4, Cv.PositionsOf(PositionKind.Industry).Count());
        Assert.Equal(2, Cv.Education.Count);
        Assert.Equal(10, Cv.Awards.Count);
        Assert.Equal(13, Cv.Publications.Count(p => p.Kind == PublicationKind.Conference));
        Assert.Equal(2, Cv.Publications.Count(p => p.Kind == PublicationKind.Preprint));
        Assert.Single(Cv.Publications, p => p.Kind == PublicationKind.LectureNotes);
        Assert.Single(Cv.Publications, p => p.Kind == PublicationKind.Thesis);
        Assert.Equal(3, Cv.Patents.Count);
        Assert.Equal(48, Cv.Talks.Count);
        Assert.Equal([(2026, 1), (2025, 10), (2024, 12), (2023, 7), (2022, 9), (2021, 6), (2020, 3)],
            Cv.Talks.GroupBy(t => t.Date.Year).OrderByDescending(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(4, Cv.Teaching.Count);
        Assert.Equal(5, Assert.Single(Cv.Service).Items.Count);
    }

    [Fact]
    public void Example_keeps_exact_values()
    {
        Assert.Equal("Noam Razin", Cv.Person.Name);
        Assert.Equal("noamrazin@princeton.edu", Cv.Person.Email);
        var bsc = Cv.Education[1];
        Assert.Equal("GPA 99.2/100 (rank 1 of 283 in class of 2018)", bsc.Gpa);
        Assert.Equal(new Period(new PartialDate(2015), new PartialDate(2018)), bsc.Period);
        Assert.Equal(new Period(new PartialDate(2024), null, Ongoing: true), Cv.Positions[0].Period);
        var apple = Cv.PositionsOf(PositionKind.Industry).First().Period;
        Assert.Equal((2023, 2023), (apple.Start.Year, apple.End!.Value.Year));

        var lqr = Cv.Publications.Single(p => p.Title.StartsWith("Implicit Bias of Policy Gradient", StringComparison.Ordinal));
        Assert.Equal(["Noam Razin", "Yotam Alexander"], lqr.Authors.Where(a => a.Equal).Select(a => a.Name));
        Assert.Equal("International Conference on Machine Learning (ICML)", lqr.Venue!.Display);

        var poor = Cv.Publications.Single(p => p.Title == "Why is Your Language Model a Poor Implicit Reward Model?");
        Assert.Equal(["Best paper runner-up, Reliable ML from Unreliable Data Workshop, NeurIPS 2025"], poor.Awards);

        var talk = Cv.Talks.Single(t => t.Date == new PartialDate(2023, 12, 4));
        Assert.Equal("Two Theoretical Analyses of Modern Deep Learning: Graph Neural Networks and Language Model Finetuning", talk.Title);
        Assert.Equal("Computer Science 302", talk.Room);
        Assert.StartsWith("The resurgence of deep learning was largely driven by architectures", talk.Abstract);

        Assert.Equal(("US", "16725652"), (Cv.Patents[0].Office, Cv.Patents[0].Number));
        Assert.Equal(("Fundamentals of Deep Learning", "COS 514"), (Cv.Teaching[0].Course, Cv.Teaching[0].Code));
        Assert.Equal(new PartialDate(2025, 11, 20), Cv.LastUpdated);
    }

    [Fact]
    public void Paper_without_a_venue_in_the_cv_shows_none()
    {
        var p = Cv.Publications.Single(p => p.Title == "Scalable Attentive Sentence-Pair Modeling via Distilled Sentence Embedding");
        Assert.Null(p.Venue);
        Assert.Equal(["Oren Barkan", "Noam Razin"], p.Authors.Where(a => a.Equal).Select(a => a.Name));
    }

    [Fact]
    public void Every_abstract_comes_from_the_listing()
    {
        Assert.All(Cv.Publications, p => Assert.False(string.IsNullOrWhiteSpace(p.Abstract), p.Title));
    }
}
