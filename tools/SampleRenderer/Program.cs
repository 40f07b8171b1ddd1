using SampleRenderer;

// Renders sample review folders: dotnet run --project tools/SampleRenderer -- corpus-samples/s01 ...
if (args.Length == 0 || args.Any(a => a is "-h" or "--help"))
{
    Console.Error.WriteLine("usage: SampleRenderer <sample folder containing review.md>...");
    return args.Length == 0 ? 2 : 0;
}

var failures = 0;
foreach (var folder in args)
{
    failures += SampleJob.Run(folder) ? 0 : 1;
}

return failures == 0 ? 0 : 1;
