using System.Reflection.PortableExecutable;
using Shouldly;

namespace KnowledgeBase.Tests.Cli;

/// <summary>
/// The ordinary build compiles the generator and its packages ahead (generator/ReadyToRun.props), so that `dotnet run`,
/// the benchmarks and these tests run that code rather than leave it all to the runtime's compiler.
/// </summary>
public sealed class ReadyToRunTests
{
    [Theory]
    [InlineData("kb.dll")]
    [InlineData("Markdig.dll")]
    [InlineData("Scriban.Signed.dll")]
    [InlineData("YamlDotNet.dll")]
    [InlineData("System.CommandLine.dll")]
    [InlineData("Spectre.Console.dll")]
    public void The_generator_and_its_packages_in_the_output_folder_carry_ReadyToRun_code(string assembly)
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, assembly));
        using var image = new PEReader(file);

        // ReadyToRun images point their CLI header at the native code's header; IL-only assemblies leave it empty.
        image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size.ShouldBeGreaterThan(0, $"{assembly} has no ReadyToRun code");
    }
}
