using System.CommandLine;
using CvBuild.Text.Document;

namespace CvBuild.Cli.Commands;

/// <summary>The content options the text and Markdown commands share: variant, selection, author count.</summary>
internal sealed class TextOutputOptions
{
    public Option<string> Variant { get; } = new("--variant")
    {
        Description = "full (the whole CV), short (selected publications), publications (listing with abstracts) or talks.",
        DefaultValueFactory = _ => "full",
    };

    public Option<bool> OnlySelected { get; } = new("--only-selected") { Description = "Keep only publications marked selected." };

    public Option<int?> Since { get; } = new("--since") { Description = "Drop entries that ended before this year." };

    public Option<int> MaxAuthors { get; } = new("--max-authors")
    {
        Description = "In the publications listing, list this many authors, then 'et al.'.",
        DefaultValueFactory = _ => 3,
    };

    public TextOutputOptions()
    {
        Variant.AcceptOnlyFromAmong([.. DocumentOptions.VariantNames]);
        MaxAuthors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--max-authors must be at least 1.");
        });
        Since.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1000 or > 9999) r.AddError("--since must be a four-digit year.");
        });
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Variant);
        command.Options.Add(OnlySelected);
        command.Options.Add(Since);
        command.Options.Add(MaxAuthors);
    }

    public DocumentOptions Read(ParseResult parse) => new()
    {
        Variant = DocumentOptions.ParseVariant(parse.GetValue(Variant)!),
        OnlySelected = parse.GetValue(OnlySelected),
        Since = parse.GetValue(Since),
        MaxAuthors = parse.GetValue(MaxAuthors),
    };
}
