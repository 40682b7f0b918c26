using System.Text;
using CvBuild.BibTeX;
using CvBuild.BibTeX.Import;
using CvBuild.Core.Reading;
using CvBuild.Presentation.Building;
using CvBuild.Presentation.Strings;
using CvBuild.Text.Markdown;
using CvBuild.Text.PlainText;

namespace CvBuild.Fuzz;

/// <summary>
/// What one fuzzing input goes through. An exception escaping a target is a finding: user mistakes must
/// come back as diagnostics, never as exceptions (STYLE: exceptions are for bugs and I/O failures).
/// </summary>
internal static class FuzzTargets
{
    /// <summary>Inputs past this are cut: the readers refuse larger files before parsing anyway.</summary>
    private const int MaxInput = 256 * 1024;

    /// <summary>The CV reader, then every text output of a CV it accepts.</summary>
    public static void Cv(byte[] bytes)
    {
        var result = CvReader.ReadBytes(bytes, "fuzz.yaml");
        if (!result.Succeeded) return;
        foreach (var variant in Enum.GetValues<CvVariant>())
        {
            var document = DocumentBuilder.Build(result.Cv!, new DocumentOptions { Variant = variant }, PresentationStrings.English);
            PlainTextRenderer.Render(document, new PlainTextOptions());
            MarkdownRenderer.Render(document, new MarkdownOptions());
        }
        BibTeXWriter.Write(result.Cv!, new BibTeXOptions());
        BibTeXWriter.Write(result.Cv!, new BibTeXOptions { Dialect = BibDialect.BibLaTeX });
    }

    /// <summary>
    /// The .bib importer, then the law its help states: the YAML it writes is a CV that 'cvbuild check'
    /// accepts. A violated law is thrown, so afl++ keeps the input as a crash.
    /// </summary>
    public static void Bib(byte[] bytes)
    {
        var import = BibTeXImporter.Import(Encoding.UTF8.GetString(bytes), "fuzz.bib");
        var yaml = PublicationYamlWriter.Write(import, "fuzz.bib");
        var check = CvReader.Parse(yaml, "imported.yaml");
        if (import.Publications.Count + import.Patents.Count > 0 && check.Diagnostics.FirstOrDefault(d => d.IsError) is { } error)
            throw new InvalidOperationException("import wrote YAML that check rejects: " + error);
    }

    public static Action<byte[]>? Named(string name) => name switch
    {
        "cv" => Cv,
        "bib" => Bib,
        _ => null,
    };

    public static byte[] ReadAll(Stream stream)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while (buffer.Length < MaxInput && (n = stream.Read(chunk, 0, chunk.Length)) > 0) buffer.Write(chunk, 0, n);
        return buffer.Length > MaxInput ? buffer.ToArray()[..MaxInput] : buffer.ToArray();
    }
}
