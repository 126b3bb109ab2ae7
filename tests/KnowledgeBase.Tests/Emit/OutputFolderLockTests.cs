using KnowledgeBase.Diagnostics;
using KnowledgeBase.Emit;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Emit;

/// <summary>The claim on an output folder: exclusive while held, free after, and on Linux gone from the temporary folder after.</summary>
public sealed class OutputFolderLockTests
{
    [Fact]
    public void A_held_folder_is_refused_to_a_second_claim_naming_the_holder_and_is_free_again_once_released()
    {
        using var site = new TestSite();
        var output = site.Output;

        using (OutputFolderLock.Take(output, "serve"))
        {
            Should.Throw<OutputFolderBusyException>(() => OutputFolderLock.Take(output, "build")).Message.ShouldContain("`serve`");
        }

        using (OutputFolderLock.Take(output, "build"))
        {
            File.Exists(OutputFolderLock.LockFileFor(output)).ShouldBeTrue();
        }
    }

    [Fact]
    public void On_linux_a_build_leaves_no_lock_file_in_the_temporary_folder()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "lock files are removed on release only where /proc tells a removed file from a live one");
        using var site = new TestSite();

        var (exitCode, output) = site.Run("build");

        exitCode.ShouldBe(ExitCodes.Ok, output);

        var lockFile = OutputFolderLock.LockFileFor(site.Output);
        File.Exists(lockFile).ShouldBeFalse("each test run and output folder would otherwise leave two files behind for good");
        File.Exists(Path.ChangeExtension(lockFile, ".holder")).ShouldBeFalse();
    }
}
