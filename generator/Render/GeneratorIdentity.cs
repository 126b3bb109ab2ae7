namespace KnowledgeBase.Render;

/// <summary>Names this build of the generator, for caches that must never hand one build's output to another.</summary>
public static class GeneratorIdentity
{
    /// <summary>
    /// Changes whenever the generator's code, its drawing library or the runtime (whose zlib compresses the PNG)
    /// changes (builds are deterministic, so the module id changes with the code and only with it).
    /// </summary>
    public static readonly string Current =
        $"{typeof(GeneratorIdentity).Assembly.ManifestModule.ModuleVersionId}/{typeof(SkiaSharp.SKSurface).Assembly.GetName().Version}/{Environment.Version}";
}
