using System.Globalization;

namespace Parallax.Readers;

/// <summary>Sizes as people read them ("1.0 GB", "64 MB"), in binary units.</summary>
internal static class ByteSize
{
    private static readonly string[] Units = ["KB", "MB", "GB", "TB"];

    /// <summary>A measured size, with one decimal above a kilobyte: "1.0 GB", "12.5 KB", "300 bytes".</summary>
    public static string Format(long bytes) => Format(bytes, "0.0");

    /// <summary>A configured limit, without needless decimals: "64 MB", "1.5 GB".</summary>
    public static string FormatLimit(long bytes) => Format(bytes, "0.#");

    private static string Format(long bytes, string pattern)
    {
        if (bytes < 1024)
        {
            return bytes == 1 ? "1 byte" : $"{bytes} bytes";
        }

        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < Units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString(pattern, CultureInfo.InvariantCulture) + " " + Units[unit];
    }
}
