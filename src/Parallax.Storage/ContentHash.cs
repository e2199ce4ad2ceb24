using System.Security.Cryptography;
using System.Text;

namespace Parallax.Storage;

/// <summary>
/// The identity of an article's content: SHA-256 (lower-case hex) of its text after Unicode NFC normalization with
/// every run of white space collapsed to one space and the ends trimmed, so the same article read from HTML and from
/// text, or with different line breaks, hashes the same. Thread-safe.
/// </summary>
public static class ContentHash
{
    /// <summary>The content hash of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
