using System.Runtime.CompilerServices;

// Lets the tests exercise the small internal PDF helpers (string encoding, parsing) directly.
// Declared here rather than in the csproj so this folder stays self-contained.
[assembly: InternalsVisibleTo("CvBuild.Layout.Tests")]
