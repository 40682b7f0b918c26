using CvBuild.Layout.Pdf;

namespace CvBuild.Layout.Tests.Pdf;

public class Sha256Tests
{
    [Fact]
    public void Digest_of_abc_is_the_FIPS_180_2_example()
    {
        // FIPS 180-2, appendix B.1.
        Assert.Equal(
            "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            Convert.ToHexString(Sha256.HashData("abc"u8)));
    }

    // Lengths around every padding boundary (55/56 bytes leave room for the length or not; 64 is one
    // whole block) and a file-sized input.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(119)]
    [InlineData(120)]
    [InlineData(128)]
    [InlineData(1000)]
    [InlineData(40_961)]
    public void Digest_equals_the_platform_SHA256_for_any_length(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(data), Sha256.HashData(data));
    }
}
