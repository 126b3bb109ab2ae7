using System.Diagnostics;
using KnowledgeBase.Tests.Support.BadInputs;

// Tries generated bad inputs on a small site with `build` and counts how each ended:
//   dotnet run -c Release --project tests/BadInputFuzz -- [--seed N] [--cases N] [--from F]   cases F..F+N-1 (F is 0 unless given)
//   dotnet run -c Release --project tests/BadInputFuzz -- --seed N --case I          one case again, with what it printed
// Exits 1 when any case crashed or hung.
var seed = ulong.Parse(Option("--seed") ?? "1");
var cases = int.Parse(Option("--cases") ?? "10000");
var from = int.Parse(Option("--from") ?? "0");
var replay = Option("--case") is { } one ? int.Parse(one) : (int?)null;

using var site = new FuzzSite();
if (replay is { } replayed)
{
    var badInput = GeneratedBadInputs.Case(seed, replayed);
    var trial = site.Try(badInput);
    Console.WriteLine($"case {replayed} of seed {seed}: {badInput}");
    Console.WriteLine($"{trial.Outcome} in {trial.Elapsed.TotalSeconds:0.00} s");
    Console.WriteLine(trial.Detail);
    return trial.Failed ? 1 : 0;
}

Console.WriteLine($"a clean build of the site takes {site.CleanBuild.TotalSeconds:0.00} s (median of three); a case is a hang after {site.HangLimit.TotalSeconds:0.0} s");
var counts = Enum.GetValues<Outcome>().ToDictionary(outcome => outcome, _ => 0);
var times = Enum.GetValues<Outcome>().ToDictionary(outcome => outcome, _ => TimeSpan.Zero);
var failures = new List<(int Case, BadInput Input, Trial Trial)>();
(int Case, BadInput Input, Trial Trial)? slowest = null;
var clock = Stopwatch.StartNew();
for (var caseNumber = from; caseNumber < from + cases; caseNumber++)
{
    var badInput = GeneratedBadInputs.Case(seed, caseNumber);
    var trial = site.Try(badInput);
    counts[trial.Outcome]++;
    times[trial.Outcome] += trial.Elapsed;
    if (trial.Failed)
    {
        failures.Add((caseNumber, badInput, trial));
        Console.WriteLine($"case {caseNumber}: {trial.Outcome}: {badInput}\n  {FirstLines(trial.Detail)}\n  replay: {Replay(caseNumber)}");
    }

    if (slowest is null || trial.Elapsed > slowest.Value.Trial.Elapsed)
    {
        slowest = (caseNumber, badInput, trial);
    }

    if ((caseNumber + 1 - from) % 500 == 0)
    {
        Console.WriteLine($"... {caseNumber + 1 - from} cases in {clock.Elapsed.TotalMinutes:0.0} min: " +
            string.Join(", ", counts.Select(count => $"{count.Key} {count.Value}")));
    }
}

Console.WriteLine();
Console.WriteLine($"seed {seed}, cases {from} to {from + cases - 1}: {cases} cases in {clock.Elapsed.TotalMinutes:0.0} min");
Console.WriteLine($"good builds:    {counts[Outcome.GoodBuild]}{Average(Outcome.GoodBuild)}");
Console.WriteLine($"content errors: {counts[Outcome.ContentErrors]}{Average(Outcome.ContentErrors)}");
Console.WriteLine($"crashes:        {counts[Outcome.Crash]}{Average(Outcome.Crash)}");
Console.WriteLine($"hangs:          {counts[Outcome.Hang]}{Average(Outcome.Hang)}");
Console.WriteLine($"hang limit:     {site.HangLimit.TotalSeconds:0.0} s at the end ({FuzzSite.HangFactor} times a clean build, measured again before a case is called a hang, and at least {FuzzSite.LeastHangLimit.TotalSeconds:0} s)");
if (slowest is var (slowCase, slowInput, slowTrial))
{
    Console.WriteLine($"slowest case:   {slowCase} ({slowTrial.Outcome}, {slowTrial.Elapsed.TotalSeconds:0.00} s): {slowInput}\n  replay: {Replay(slowCase)}");
}

return failures.Count == 0 ? 0 : 1;

string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

string Replay(int caseNumber) => $"dotnet run -c Release --project tests/BadInputFuzz -- --seed {seed} --case {caseNumber}";

string Average(Outcome outcome) =>
    counts[outcome] == 0 ? "" : $" ({times[outcome].TotalSeconds / counts[outcome]:0.00} s each on average)";

static string FirstLines(string text) => string.Join("\n  ", text.Split('\n').Take(6));
