using System.Text;
using System.Text.RegularExpressions;
using CvBuild.Layout.Pdf;
using CvBuild.TestSupport;
using SkiaSharp;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace CvBuild.Layout.Tests.Pdf;

/// <summary>These tests switch the process time zone, so they must not run beside other tests.</summary>
[CollectionDefinition(nameof(TimeZoneSensitive), DisableParallelization = true)]
public sealed class TimeZoneSensitive;

[Collection(nameof(TimeZoneSensitive))]
public class PdfNormalizerTests(ITestOutputHelper output)
{
    private static readonly DateTime Stamp = new(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public void CraftedBytes_OffsetsBecomeUtc_LengthKept()
    {
        string input = "1 0 obj\n<</CreationDate (D:20260102030405-05'00')\n/ModDate (D:20260102030405+19'00')\n" +
                       "/Other (D:20260102030405+05'00')\n/CreationDate(D:2026)>>\nendobj\n" +
                       "<xmp:CreateDate>2026-01-02T03:04:05+19:00</xmp:CreateDate><xmp:ModifyDate>2026-01-02T03:04:05-05:00</xmp:ModifyDate>";
        byte[] result = PdfNormalizer.Normalize(Encoding.ASCII.GetBytes(input));
        string expected = input.Replace("-05'00')\n/Mod", "+00'00')\n/Mod").Replace("+19'00'", "+00'00'")
                               .Replace("+19:00", "+00:00").Replace("-05:00", "+00:00");
        Assert.Equal(expected, Encoding.ASCII.GetString(result));
        Assert.Contains("/Other (D:20260102030405+05'00')", expected); // only the two Info date keys are touched
    }

    [ToolFact("qpdf")]
    public void RealSkiaPdf_DependsOnTimeZone_UntilNormalized()
    {
        byte[] utc = RenderIn("UTC", pdfA: false);
        byte[] newYork = RenderIn("America/New_York", pdfA: false);
        byte[] kolkata = RenderIn("Asia/Kolkata", pdfA: false);
        output.WriteLine("raw UTC:      " + InfoDates(utc));
        output.WriteLine("raw New York: " + InfoDates(newYork));
        output.WriteLine("raw Kolkata:  " + InfoDates(kolkata));
        Assert.NotEqual(utc, newYork); // proves the time zone switch is effective

        byte[] normalized = PdfNormalizer.Normalize(newYork);
        Assert.Equal(newYork.Length, normalized.Length);
        Assert.Equal(PdfNormalizer.Normalize(utc), normalized);
        Assert.Equal(PdfNormalizer.Normalize(kolkata), normalized);
        Assert.Equal("/CreationDate (D:20260102030405+00'00') /ModDate (D:20260102030405+00'00')", InfoDates(normalized));

        using var doc = PdfDocument.Open(normalized);
        Assert.Equal(new DateTimeOffset(Stamp), doc.Information.GetCreatedDateTimeOffset());
        AssertQpdfClean(normalized);
    }

    [ToolFact("qpdf")]
    public void PdfA_IdAndXmp_BecomeDeterministic()
    {
        byte[] first = RenderIn("America/New_York", pdfA: true);
        byte[] second = RenderIn("Asia/Kolkata", pdfA: true);
        byte[] third = RenderIn("America/New_York", pdfA: true);
        Assert.NotEqual(first, third); // Skia's /ID is time-derived even in the same zone

        byte[] normalized = PdfNormalizer.Normalize(first);
        Assert.Equal(normalized, PdfNormalizer.Normalize(second));
        Assert.Equal(normalized, PdfNormalizer.Normalize(third));
        Assert.Equal(normalized, PdfNormalizer.Normalize(normalized)); // idempotent

        string text = Encoding.Latin1.GetString(normalized);
        var id = Regex.Match(text, @"/ID \[<([0-9A-F]{32})> <([0-9A-F]{32})>\]");
        Assert.True(id.Success);
        Assert.Equal(id.Groups[1].Value, id.Groups[2].Value);
        var uuids = Regex.Matches(text, @"uuid:([0-9a-f-]{36})").Select(m => m.Groups[1].Value.Replace("-", "").ToUpperInvariant()).ToList();
        Assert.Equal(2, uuids.Count);
        Assert.All(uuids, u => Assert.Equal(id.Groups[1].Value, u));
        Assert.Contains("<xmp:CreateDate>2026-01-02T03:04:05+00:00</xmp:CreateDate>", text);
        output.WriteLine(id.Value);
        AssertQpdfClean(normalized);
    }

    [ToolFact("qpdf")]
    public void Normalize_ComposesWithOutline()
    {
        // The supported order: normalise Skia's file, then append the outline (the engine's order).
        byte[] a = PdfOutline.Append(PdfNormalizer.Normalize(RenderIn("America/New_York", pdfA: true)), [new("Intro", 0, 0, 0)]);
        byte[] b = PdfOutline.Append(PdfNormalizer.Normalize(RenderIn("Asia/Kolkata", pdfA: true)), [new("Intro", 0, 0, 0)]);
        Assert.Equal(a, b);
        using var doc = PdfDocument.Open(a);
        Assert.True(doc.TryGetBookmarks(out _));
        AssertQpdfClean(a);
    }

    private static byte[] RenderIn(string timeZone, bool pdfA)
    {
        // SkiaSharp derives the offset from TimeZoneInfo.Local, which on Unix honours TZ once
        // the cache is cleared: enough to simulate another machine in-process.
        string? saved = Environment.GetEnvironmentVariable("TZ");
        try
        {
            Environment.SetEnvironmentVariable("TZ", timeZone);
            TimeZoneInfo.ClearCachedData();
            return SamplePdf.WithLinks(2, SKDocumentPdfMetadata.Default with
            {
                Title = "Sample CV",
                Author = "Jane Doe",
                Creation = Stamp,
                Modified = Stamp,
                PdfA = pdfA,
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }

    private static string InfoDates(byte[] pdf) =>
        string.Join(" ", Regex.Matches(Encoding.Latin1.GetString(pdf), @"/(CreationDate|ModDate) \([^)]*\)").Select(m => m.Value));

    private void AssertQpdfClean(byte[] pdf)
    {
        string path = PdfTestKit.TempFile(pdf);
        try
        {
            var check = PdfTestKit.RunTool("qpdf", "--check", path);
            output.WriteLine(check.StdOut + check.StdErr);
            Assert.Equal(0, check.ExitCode);
            Assert.DoesNotContain("WARNING", check.StdOut + check.StdErr);
        }
        finally { File.Delete(path); }
    }
}
