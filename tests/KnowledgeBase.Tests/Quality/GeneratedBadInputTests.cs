using KnowledgeBase.Tests.Support.BadInputs;
using Shouldly;

namespace KnowledgeBase.Tests.Quality;

/// <summary>
/// Bad inputs generated from a fixed seed (see <see cref="GeneratedBadInputs"/>), each tried with `build` on a copy of a
/// small site whose last build was good. Each must end in a good build (exit 0) or in exit 1 with diagnostics that
/// each name a file of the site with line:col, and the last good site left byte for byte as it was: never an
/// exception, a stack trace, another exit code (3 is an internal error) or a build running longer than 10 times a clean build of the
/// same site on the machine as loaded (and at least 10 s).
/// tests/BadInputFuzz tries thousands more, with any seed.
/// </summary>
public sealed class GeneratedBadInputTests
{
    public const ulong Seed = 20261205;

    public const int Cases = 300;

    [Fact]
    public void Three_hundred_generated_bad_inputs_each_build_or_name_their_file_and_never_crash_hang_or_touch_the_last_good_site()
    {
        using var site = new FuzzSite();
        var failures = new List<string>();
        for (var caseNumber = 0; caseNumber < Cases; caseNumber++)
        {
            var badInput = GeneratedBadInputs.Case(Seed, caseNumber);
            var trial = site.Try(badInput);
            if (trial.Failed)
            {
                failures.Add($"case {caseNumber}: {trial.Outcome}: {badInput}\n{trial.Detail}\n" +
                    $"replay: dotnet run -c Release --project tests/BadInputFuzz -- --seed {Seed} --case {caseNumber}");
            }
        }

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
    }
}
