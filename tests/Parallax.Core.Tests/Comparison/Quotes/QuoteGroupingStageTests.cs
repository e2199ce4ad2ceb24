using Parallax.Comparison.Quotes;
using Parallax.Dossier;
using Parallax.Language.Quotes;
using Parallax.Model;

namespace Parallax.Core.Tests.Comparison.Quotes;

public class QuoteGroupingStageTests
{
    private static int _next;

    private static DossierQuote Q(string article, string text, string? speaker, QuoteKind kind = QuoteKind.Direct) =>
        new("q" + Interlocked.Increment(ref _next), article, new TextSpan(0, text.Length), text, kind, speaker, null, null);

    private static StoryDossier Run(params DossierQuote[] quotes)
    {
        var dossier = new StoryDossier([], []) { Quotes = [.. quotes] };
        return new QuoteGroupingStage().Process(dossier, CancellationToken.None);
    }

    [Fact]
    public void Contractions_and_punctuation_are_a_minor_difference()
    {
        var a = Q("a1", "There's no deal until there's a deal.", "e1");
        var b = Q("a2", "There is no deal until there is a deal", "e1");
        var c = Q("a3", "there’s no deal until there’s a deal", "e1", QuoteKind.Partial);
        var d = Run(a, b, c);
        var group = Assert.Single(d.QuoteGroups);
        Assert.Equal(QuoteFidelity.Minor, group.Fidelity);
        Assert.Equal("e1", group.Speaker);
        Assert.False(group.SpeakerDiffers);
        Assert.All(d.Quotes, q => Assert.Equal(group.Id, q.Group));
        Assert.Contains(group.Variants, v => v.Fidelity == QuoteFidelity.Minor);
    }

    [Fact]
    public void Typographic_quotes_and_end_punctuation_are_verbatim()
    {
        var d = Run(Q("a1", "We’ll meet again soon.", "e2"), Q("a2", "We'll meet again soon", "e2"));
        Assert.Equal(QuoteFidelity.Verbatim, Assert.Single(d.QuoteGroups).Fidelity);
    }

    [Fact]
    public void Reworded_quotes_are_altered_with_the_word_difference()
    {
        var d = Run(Q("a1", "See you in Moscow next time", "e3"), Q("a2", "Next time in Moscow", "e3"));
        var group = Assert.Single(d.QuoteGroups);
        Assert.Equal(QuoteFidelity.Altered, group.Fidelity);
        var variant = Assert.Single(group.Variants);
        Assert.Contains(variant.Pieces, p => p.Operation == DiffOperation.Same);
        Assert.Contains(variant.Pieces, p => p.Operation != DiffOperation.Same);
    }

    [Fact]
    public void A_changed_word_shows_as_deleted_and_inserted()
    {
        var d = Run(Q("a1", "The talks were very productive", "e4"), Q("a2", "The talks were very constructive", "e4"));
        var variant = Assert.Single(Assert.Single(d.QuoteGroups).Variants);
        Assert.Equal(
            [(DiffOperation.Same, "The talks were very"), (DiffOperation.Deleted, "productive"), (DiffOperation.Inserted, "constructive")],
            variant.Pieces.Select(p => (p.Operation, p.Text)));
    }

    [Fact]
    public void The_same_words_given_to_another_speaker_are_flagged()
    {
        var d = Run(Q("a1", "We will never accept these borders as final", "e1"), Q("a2", "We will never accept these borders as final", "e5"), Q("a3", "We will never accept these borders as final", "e1"));
        var group = Assert.Single(d.QuoteGroups);
        Assert.True(group.SpeakerDiffers);
        Assert.Equal("e1", group.Speaker);
    }

    [Fact]
    public void Different_utterances_and_single_words_of_different_speakers_stay_apart()
    {
        var d = Run(
            Q("a1", "constructive", "e1", QuoteKind.Partial),
            Q("a2", "constructive", "e2", QuoteKind.Partial),
            Q("a1", "The economy is growing faster than ever", "e1"),
            Q("a2", "Our army is ready to defend every border", "e1"));
        Assert.Empty(d.QuoteGroups);
        Assert.All(d.Quotes, q => Assert.Null(q.Group));
    }

    [Fact]
    public void Repeats_inside_one_article_only_make_no_group()
    {
        var d = Run(Q("a1", "No deal until there is a deal", "e1"), Q("a1", "No deal until there is a deal", "e1"));
        Assert.Empty(d.QuoteGroups);
    }

    [Fact]
    public void No_quotes_is_no_work()
    {
        var d = Run();
        Assert.Empty(d.QuoteGroups);
        Assert.Empty(d.Quotes);
    }
}
