using System.Text;

namespace KnowledgeBase.Serve;

/// <summary>The preview-only script that listens for rebuilds; it is injected into served pages, never written to the site.</summary>
public static class LiveReloadScript
{
    private static readonly byte[] Tag = Encoding.UTF8.GetBytes($"<script src=\"{PreviewServer.LiveReloadScriptPath}\" defer></script>");
    private static readonly byte[] HeadEnd = Encoding.UTF8.GetBytes("</head>");

    public static string Source { get; } = ReadEmbedded();

    /// <summary>Adds the script tag before &lt;/head&gt;; an external script keeps the page's CSP intact.</summary>
    public static byte[] InjectInto(byte[] html)
    {
        var index = html.AsSpan().IndexOf(HeadEnd);
        return index < 0 ? html : [.. html.AsSpan(0, index), .. Tag, .. html.AsSpan(index)];
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream("KnowledgeBase.Serve.live-reload.js")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
