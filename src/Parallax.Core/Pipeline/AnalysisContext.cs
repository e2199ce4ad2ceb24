using Parallax.Model;

namespace Parallax.Pipeline;

/// <summary>
/// The working state of one article while a <see cref="Pipeline"/> runs over it: the article and the
/// layers added so far. Used by one thread at a time; frozen into an <see cref="AnalyzedArticle"/> at the end.
/// </summary>
public sealed class AnalysisContext
{
    private readonly Dictionary<Type, object> _layers = [];

    internal AnalysisContext(Article article) => Article = article;

    /// <summary>The article under analysis.</summary>
    public Article Article { get; }

    /// <summary>Adds (or replaces) the layer of <typeparamref name="T"/> annotations.</summary>
    public void SetLayer<T>(AnnotationLayer<T> layer)
        where T : IHasSpan => _layers[typeof(T)] = layer;

    /// <summary>The layer of <typeparamref name="T"/> annotations, or an empty layer when no stage added one.</summary>
    public AnnotationLayer<T> GetLayer<T>()
        where T : IHasSpan =>
        _layers.TryGetValue(typeof(T), out var layer) ? (AnnotationLayer<T>)layer : AnnotationLayer<T>.Empty;

    internal AnalyzedArticle Freeze() => new(Article, new Dictionary<Type, object>(_layers));
}

/// <summary>An article with the immutable annotation layers a pipeline added. Thread-safe.</summary>
public sealed class AnalyzedArticle
{
    private readonly IReadOnlyDictionary<Type, object> _layers;

    internal AnalyzedArticle(Article article, IReadOnlyDictionary<Type, object> layers)
    {
        Article = article;
        _layers = layers;
    }

    /// <summary>The article.</summary>
    public Article Article { get; }

    /// <summary>The layer of <typeparamref name="T"/> annotations, or an empty layer.</summary>
    public AnnotationLayer<T> GetLayer<T>()
        where T : IHasSpan =>
        _layers.TryGetValue(typeof(T), out var layer) ? (AnnotationLayer<T>)layer : AnnotationLayer<T>.Empty;
}
