using System.Buffers;

namespace Parallax.Readers;

/// <summary>Reading streams with a size cap.</summary>
internal static class StreamReading
{
    /// <summary>All of <paramref name="stream"/>, or null when it holds more than <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="stream">What to read.</param>
    /// <param name="maxBytes">The cap.</param>
    /// <param name="cancellationToken">Observed between reads.</param>
    /// <param name="expectedLength">The length expected (a file's), so that no copy is made when it is right; 0 when unknown.</param>
    public static async Task<byte[]?> ReadCappedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken, long expectedLength = 0)
    {
        using var result = new MemoryStream(expectedLength > 0 && expectedLength <= maxBytes && expectedLength <= Array.MaxLength ? (int)expectedLength : 0);
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            long total = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    return null;
                }

                result.Write(buffer, 0, read);
            }

            var whole = result.GetBuffer();
            return whole.Length == result.Length ? whole : result.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
