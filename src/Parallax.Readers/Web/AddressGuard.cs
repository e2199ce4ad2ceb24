using System.Net;
using System.Net.Sockets;

namespace Parallax.Readers.Web;

/// <summary>
/// Decides which URLs and network addresses Parallax may fetch from, so that a URL given by a user or found in a
/// feed cannot reach the machine itself or its private network (SSRF). Stateless and thread-safe.
/// </summary>
public static class AddressGuard
{
    /// <summary>
    /// Why <paramref name="address"/> must not be contacted ("loopback", "private", "link-local", …), or null when it
    /// is a public unicast address. IPv4-mapped, IPv4-compatible, NAT64 and 6to4 IPv6 addresses are judged by the IPv4
    /// address they carry.
    /// </summary>
    public static string? ClassifyNonPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return ClassifyIPv4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "non-IP";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return ClassifyIPv4(address.MapToIPv4().GetAddressBytes());
        }

        var b = address.GetAddressBytes();
        if (IPAddress.IPv6Loopback.Equals(address))
        {
            return "loopback";
        }

        if (IPAddress.IPv6None.Equals(address))
        {
            return "unspecified";
        }

        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            // IPv4-compatible (deprecated) ::a.b.c.d
            return ClassifyIPv4(b.AsSpan(12));
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            // NAT64 64:ff9b::/96
            return ClassifyIPv4(b.AsSpan(12));
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            // 6to4 2002::/16 carries an IPv4 address in bytes 2..5.
            return ClassifyIPv4(b.AsSpan(2, 4));
        }

        return b[0] switch
        {
            0xFF => "multicast",
            _ when (b[0] & 0xFE) == 0xFC => "unique-local (private)",
            0xFE when (b[1] & 0xC0) == 0x80 => "link-local",
            0xFE when (b[1] & 0xC0) == 0xC0 => "site-local (private)",
            0x20 when b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 => "documentation",
            _ => null,
        };
    }

    /// <summary>Why <paramref name="url"/>'s scheme is refused, or null when it is http or https.</summary>
    public static string? RefuseScheme(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return "not an absolute URL";
        }

        return url.Scheme is "http" or "https"
            ? null
            : $"refused URL scheme \"{url.Scheme}:\" (only http and https are fetched)";
    }

    /// <summary>
    /// Resolves <paramref name="host"/> (or parses it when it is an IP literal) and returns its addresses, or an error when
    /// it does not resolve or, unless <paramref name="allowPrivate"/>, when any address is not public.
    /// </summary>
    internal static async Task<(IPAddress[] Addresses, string? Error)> ResolveAsync(
        string host, bool allowPrivate, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex)
            {
                return ([], $"could not resolve host \"{host}\" ({ex.Message})");
            }
        }

        if (addresses.Length == 0)
        {
            return ([], $"could not resolve host \"{host}\"");
        }

        if (!allowPrivate)
        {
            foreach (var address in addresses)
            {
                if (ClassifyNonPublic(address) is { } reason)
                {
                    var shown = IPAddress.TryParse(host.Trim('[', ']'), out _) ? host : $"{host} ({address})";
                    return ([], $"refused {shown}: a {reason} address (allow with --allow-private)");
                }
            }
        }

        return (addresses, null);
    }

    private static string? ClassifyIPv4(ReadOnlySpan<byte> b) => b switch
    {
        [0, ..] => "unspecified (0.0.0.0/8)",
        [10, ..] => "private",
        [127, ..] => "loopback",
        [169, 254, ..] => "link-local",
        [172, var x, ..] when x is >= 16 and <= 31 => "private",
        [192, 168, ..] => "private",
        [100, var x, ..] when x is >= 64 and <= 127 => "shared (carrier-grade NAT)",
        [192, 0, 0, _] => "reserved (IETF protocol assignments)",
        [192, 0, 2, _] or [198, 51, 100, _] or [203, 0, 113, _] => "documentation",
        [198, var x, ..] when x is 18 or 19 => "benchmarking",
        [255, 255, 255, 255] => "broadcast",
        [var x, ..] when x is >= 224 and <= 239 => "multicast",
        [var x, ..] when x >= 240 => "reserved",
        _ => null,
    };
}
