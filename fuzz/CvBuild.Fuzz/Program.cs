using CvBuild.Fuzz;
using SharpFuzz;

// cvbuild-fuzz cv|bib             under afl-fuzz: one input per run on standard input (SharpFuzz's out-of-process mode)
// cvbuild-fuzz cv|bib FILE|DIR... replay inputs in-process (a findings/crashes folder), printing each exception
if (args.Length == 0 || FuzzTargets.Named(args[0]) is not { } target)
{
    Console.Error.WriteLine("usage: CvBuild.Fuzz cv|bib [FILE|DIR...]   (see fuzz/README.md)");
    return 2;
}
if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream => target(FuzzTargets.ReadAll(stream)));
    return 0;
}
var failures = 0;
var files = args.Skip(1).SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Where(f => !f.EndsWith("README.txt", StringComparison.Ordinal)) : [p]);
foreach (var file in files.Order(StringComparer.Ordinal))
{
    try
    {
        target(File.ReadAllBytes(file));
    }
    catch (Exception ex)
    {
        failures++;
        Console.WriteLine($"{file}: {ex}");
    }
}
Console.WriteLine($"{failures} failing input{(failures == 1 ? "" : "s")}");
return failures == 0 ? 0 : 1;
