namespace KnowledgeBase.Diagnostics;

/// <summary>The process exit codes promised in ARCHITECTURE.md.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    /// <summary>Another `build` or `serve` is writing the output folder: nothing was done, and running again later may succeed.</summary>
    public const int OutputFolderBusy = 4;
}
