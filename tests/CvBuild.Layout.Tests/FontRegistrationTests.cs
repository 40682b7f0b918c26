using System.Buffers.Binary;
using System.Text;
using CvBuild.Layout.Tests.Support;

namespace CvBuild.Layout.Tests;

/// <summary>
/// Registering a font checks its table directory at once, so a bad file fails with its name before any layout;
/// the rest of the file is read only when a document first uses the face.
/// </summary>
public sealed class FontRegistrationTests
{
    private static readonly string Serif = Path.Combine(FontLibrary.DefaultDirectory, "NotoSerif-Regular.ttf");

    /// <summary>An sfnt file holding only a table directory and minimal 'head' and 'maxp' tables.</summary>
    private static byte[] Directory(uint version, params string[] tags)
    {
        var all = tags.Concat(["head", "maxp"]).ToArray();
        var tablesAt = 12 + 16 * all.Length;
        var bytes = new byte[tablesAt + 54 + 6];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, version);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(4), (ushort)all.Length);
        for (var i = 0; i < all.Length; i++)
        {
            var record = bytes.AsSpan(12 + 16 * i, 16);
            Encoding.ASCII.GetBytes(all[i]).CopyTo(record);
            var (offset, length) = all[i] switch
            {
                "head" => (tablesAt, 54),
                "maxp" => (tablesAt + 54, 6),
                _ => (tablesAt, 0),
            };
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
        }
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(tablesAt + 18), 1000); // head.unitsPerEm
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(tablesAt + 54 + 4), 10); // maxp.numGlyphs
        return bytes;
    }

    private static FontLoadException Register(byte[] font, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cvbuild-{Guid.NewGuid():N}-{name}");
        File.WriteAllBytes(path, font);
        try
        {
            using var library = new FontLibrary();
            return Assert.Throws<FontLoadException>(() => library.AddFallback(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_font_with_cff_outlines_is_refused_at_registration()
    {
        var e = Register(Directory(0x4F54544F, "CFF ", "cmap"), "Cff.otf");
        Assert.Contains("Cff.otf", e.Message);
        Assert.Contains("no 'glyf' table", e.Message);
    }

    [Fact]
    public void A_variable_font_is_refused_at_registration()
    {
        var e = Register(Directory(0x00010000, "glyf", "fvar", "gvar"), "Variable.ttf");
        Assert.Contains("Variable.ttf", e.Message);
        Assert.Contains("variable font", e.Message);
    }

    [Fact]
    public void A_font_without_glyphs_is_refused_at_registration()
    {
        var font = Directory(0x00010000, "glyf");
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(font.Length - 2), 0); // maxp.numGlyphs
        Assert.Contains("could not be read as an OpenType font", Register(font, "Empty.ttf").Message);
    }

    [Fact]
    public void A_truncated_font_file_is_refused_at_registration()
    {
        var font = File.ReadAllBytes(Serif)[..200];
        var e = Register(font, "Truncated.ttf");
        Assert.Contains("Truncated.ttf", e.Message);
        Assert.Contains("could not be read as an OpenType font", e.Message);
    }

    [Fact]
    public void A_directory_that_passes_is_enough_to_register_a_font()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cvbuild-{Guid.NewGuid():N}.ttf");
        File.WriteAllBytes(path, Directory(0x00010000, "glyf", "cmap"));
        try
        {
            using var library = new FontLibrary();
            library.AddFallback(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Subsetting_a_loaded_face_gives_the_same_font_as_subsetting_its_file()
    {
        using var face = FontFace.Load(Serif);
        ushort[] glyphs = [3, 17, 36, 68, 250];
        Assert.True(face.HasGlyph('A'));

        Assert.Equal(CvBuild.Layout.Pdf.FontSubsetter.Subset(File.ReadAllBytes(Serif), glyphs), face.Subset(glyphs));
    }

    [Fact]
    public void Only_the_faces_a_document_uses_are_read()
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("fonts");
        try
        {
            foreach (var file in System.IO.Directory.GetFiles(FontLibrary.DefaultDirectory))
            {
                File.Copy(file, Path.Combine(dir.FullName, Path.GetFileName(file)));
            }
            using var fonts = FontLibrary.Load(dir.FullName);
            // Damaged after registration: a document that never uses the face must not notice.
            File.WriteAllBytes(Path.Combine(dir.FullName, "NotoSans-Bold.ttf"), Encoding.ASCII.GetBytes("no longer a font"));
            var serifOnly = new Document { Fonts = fonts, Content = new RichText("Plain serif text", TestFonts.Serif) };
            Assert.Contains("Plain serif text", Pdfs.AllText(serifOnly.Render()));

            var usesBoldSans = new Document { Fonts = fonts, Content = new RichText("Bold sans", TestFonts.Sans with { Bold = true }) };
            var e = Assert.Throws<FontLoadException>(() => usesBoldSans.Render());
            Assert.Contains("NotoSans-Bold.ttf", e.Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
