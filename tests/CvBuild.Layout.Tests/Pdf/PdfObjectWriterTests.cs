using System.IO.Compression;
using System.Text;
using CvBuild.Layout.Pdf;

namespace CvBuild.Layout.Tests.Pdf;

/// <summary>The object writer's streams, above all those compressed on its second thread.</summary>
public class PdfObjectWriterTests
{
    /// <summary>One object: a stream of the given data, or a plain dictionary.</summary>
    private sealed record Item(byte[]? Stream, string? Extra);

    private static List<Item> RandomItems(int seed)
    {
        var random = new Random(seed);
        var items = new List<Item>();
        for (var i = random.Next(1, 30); i > 0; i--)
        {
            if (random.Next(4) == 0)
            {
                items.Add(new Item(null, null));
                continue;
            }
            // Sizes on both sides of the compression threshold, text-like so deflate has something to find.
            var data = new byte[random.Next(4) == 0 ? random.Next(0, 600) : random.Next(0, 40_000)];
            for (var k = 0; k < data.Length; k++)
            {
                data[k] = (byte)"BT /F1 10 Tf (abc) Tj ET\n"[random.Next(25)];
            }
            items.Add(new Item(data, random.Next(3) == 0 ? $"/Length1 {data.Length}" : null));
        }
        return items;
    }

    private static byte[] Write(List<Item> items, bool aside)
    {
        var writer = new PdfObjectWriter();
        var numbers = items.Select(_ => writer.Reserve()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Stream is { } data)
            {
                if (aside)
                {
                    writer.WriteStreamLater(numbers[i], data, items[i].Extra);
                }
                else
                {
                    writer.WriteStream(numbers[i], data, items[i].Extra);
                }
            }
            else
            {
                writer.BeginObject(numbers[i]).Ascii("<</Type/Test>>");
                writer.EndObject();
            }
        }
        return writer.Finish(numbers[0], null);
    }

    [Fact]
    public void Streams_compressed_on_the_second_thread_come_out_byte_for_byte_where_they_were_given()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var items = RandomItems(seed);
            Assert.Equal(Write(items, aside: false), Write(items, aside: true));
        }
    }

    [Fact]
    public void A_long_run_of_streams_given_for_later_comes_out_in_order()
    {
        var items = Enumerable.Range(0, 40).Select(i => new Item(Encoding.ASCII.GetBytes(new string((char)('a' + i % 26), 600 + i * 37)), null)).ToList();
        Assert.Equal(Write(items, aside: false), Write(items, aside: true));
    }

    [Fact]
    public void A_compressed_stream_inflates_back_to_its_data_and_a_tiny_one_is_stored_as_it_is()
    {
        var large = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0 0 m 10 10 l S\n", 200)));
        var encoded = PdfObjectWriter.Encode(large);
        Assert.True(encoded.Compressed);
        Assert.True(encoded.Stored.Length < large.Length / 10);
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(encoded.Stored), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        Assert.Equal(large, inflated.ToArray());

        var tiny = PdfObjectWriter.Encode("q Q"u8);
        Assert.False(tiny.Compressed);
        Assert.Equal("q Q"u8.ToArray(), tiny.Stored);
    }

    [Fact]
    public void A_stream_given_for_later_is_written_before_the_next_object_begins()
    {
        var writer = new PdfObjectWriter();
        int stream = writer.Reserve(), after = writer.Reserve();
        writer.WriteStreamLater(stream, Encoding.ASCII.GetBytes(new string('x', 2000)), null);
        writer.BeginObject(after).Ascii("<<>>");
        writer.EndObject();
        var file = Encoding.Latin1.GetString(writer.Finish(after, null));
        Assert.True(file.IndexOf($"{stream} 0 obj", StringComparison.Ordinal) < file.IndexOf($"{after} 0 obj", StringComparison.Ordinal));
    }
}
