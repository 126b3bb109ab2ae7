namespace KnowledgeBase.Tests.Support;

/// <summary>How busy the machine is: timing budgets are for a machine whose cores are free.</summary>
public static class MachineLoad
{
    /// <summary>The one-minute load average per core (Linux /proc/loadavg), or 1 where it cannot be read.</summary>
    public static double PerCore()
    {
        const string LoadAverage = "/proc/loadavg";
        if (!File.Exists(LoadAverage)
            || !double.TryParse(File.ReadAllText(LoadAverage).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var load))
        {
            return 1;
        }

        return load / Environment.ProcessorCount;
    }
}
