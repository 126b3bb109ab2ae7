using System.Security.Cryptography;

namespace KnowledgeBase.Render;

/// <summary>The short content hash in asset file names: new bytes get a new name, so no cache serves stale ones.</summary>
public static class ContentFingerprint
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
