namespace KnowledgeBase.Render;

/// <summary>
/// The site's security policy in one place: the meta tag in every page, the <c>_headers</c> file for static
/// hosts and the preview server all take it from here, so they can never disagree.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No inline script or style anywhere; 'wasm-unsafe-eval' is the one allowance, because the search
    /// library runs WebAssembly.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Ordinary pages may not be framed (clickjacking); embed cards are made to be framed by clinics.</summary>
    public const string NoFraming = "frame-ancestors 'none'";

    public const string AnyoneMayFrame = "frame-ancestors *";

    /// <summary>Headers every response carries, whatever the page.</summary>
    public static IReadOnlyList<(string Name, string Value)> Common { get; } =
    [
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("X-Content-Type-Options", "nosniff"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
    ];

    /// <summary>The full CSP header for a page; only header delivery can carry frame-ancestors.</summary>
    public static string PolicyFor(bool frameable) =>
        $"{ContentSecurityPolicy}; {(frameable ? AnyoneMayFrame : NoFraming)}";

    /// <summary>Whether the page at this site-relative path (no base path) is an embed card: under embed/, or a language's (es/embed/).</summary>
    public static bool IsFrameable(string relativePath) =>
        relativePath.StartsWith(EmbedFolder, StringComparison.Ordinal) || (relativePath.IndexOf('/') is 2 && relativePath[3..].StartsWith(EmbedFolder, StringComparison.Ordinal));

    private const string EmbedFolder = "embed/";
}
