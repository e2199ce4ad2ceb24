using System.Security.Cryptography;
using System.Text;

namespace Parallax.Storage.Keys;

/// <summary>
/// API key secrets: <c>plx_ID_SECRET</c>, where ID (8 hex digits) names the key in listings and revocation and SECRET is
/// 32 random bytes (base64url). Only the SHA-256 of the whole key is stored; a key of 256 random bits needs no slow hash.
/// Thread-safe.
/// </summary>
public static class ApiKeySecret
{
    private const string Prefix = "plx_";

    /// <summary>Makes a new random key; returns its id and the full secret.</summary>
    public static (string Id, string Secret) Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (id, Prefix + id + "_" + secret);
    }

    /// <summary>The stored hash of <paramref name="key"/>.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>True when <paramref name="key"/> has the shape of a Parallax key (checked before any lookup).</summary>
    public static bool LooksValid(string? key) =>
        key is { Length: > 20 and < 200 } && key.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
