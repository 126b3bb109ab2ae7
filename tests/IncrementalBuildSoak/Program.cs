using System.Diagnostics;
using KnowledgeBase.Tests.Support;

// Applies random edits to a small site and, after each, checks that `build` with the build cache gives the output a
// clean build gives, byte for byte:
//   dotnet run -c Release --project tests/IncrementalBuildSoak -- [--seed N] [--edits N] [--articles N]
// Exits 1 at the first edit after which the outputs differ, naming the edit and the files.
var seed = ulong.Parse(Option("--seed") ?? "1");
var count = int.Parse(Option("--edits") ?? "500");
var articles = int.Parse(Option("--articles") ?? "6");

using var site = new IncrementalBuildSite(articles);
var clock = Stopwatch.StartNew();
var first = site.Build();
if (!first.Succeeded)
{
    Console.WriteLine("the first build failed:\n" + string.Join('\n', first.Diagnostics));
    return 1;
}

var edits = IncrementalBuildSite.Edits(seed, count);
for (var i = 0; i < edits.Count; i++)
{
    site.Apply(edits[i]);
    var build = site.Build();
    var difference = build.Succeeded ? site.DifferenceFromACleanBuild() : "the build failed:\n" + string.Join('\n', build.Diagnostics);
    if (difference is not null)
    {
        Console.WriteLine($"after edit {i + 1} of seed {seed}, {edits[i]}: {difference}");
        return 1;
    }

    if ((i + 1) % 25 == 0)
    {
        Console.WriteLine($"... {i + 1} edits in {clock.Elapsed.TotalMinutes:0.0} min, each leaving a clean build's output (last: {build.CacheUse})");
    }
}

Console.WriteLine($"{edits.Count} edits of seed {seed}: after every one the incremental build's output was a clean build's ({clock.Elapsed.TotalMinutes:0.0} min)");
return 0;

string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
