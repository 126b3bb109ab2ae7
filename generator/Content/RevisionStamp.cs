using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Content;

/// <summary>
/// A file's revision stamp: the first 12 hex digits of its git blob id (SHA-1 of "blob &lt;length&gt;\0" and the
/// bytes), so a translator can find the version with <c>git cat-file -p</c>, and it is computed without git.
/// </summary>
public static class RevisionStamp
{
    public const int Length = 12;

    public static string Of(byte[] bytes)
    {
        // Hashed in two pieces rather than copied after the header: every content file is stamped on every build.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        hash.AppendData(Encoding.ASCII.GetBytes($"blob {bytes.Length}\0"));
        hash.AppendData(bytes);
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..Length];
    }

    /// <summary>Whether <paramref name="text"/> is written like a stamp: 12 lowercase hex digits.</summary>
    public static bool IsWellFormed(string text) => text.Length == Length && text.All(Uri.IsHexDigit) && text == text.ToLowerInvariant();
}
