using System.Diagnostics;
using System.Text;
using Parallax.Language.Entities;
using Parallax.Language.Tokens;
using Parallax.Model;
using Parallax.Pipeline;

namespace Parallax.Core.Tests.Language.Entities;

public class EntityRecognizerTests
{
    [Fact]
    public void Empty_text_has_no_mentions()
    {
        Assert.Empty(EntityRecognizer.Default.Recognize(""));
    }

    [Fact]
    public void A_common_word_that_is_also_a_first_name_opening_a_quote_is_no_person()
    {
        const string text = "He wore a T-shirt with a quote from Putin, \"See you in Moscow next time,\" and smiled.";
        var names = EntityRecognizer.Default.Recognize(text).Select(m => m.Span.Of(text)).ToList();
        Assert.DoesNotContain("See", names);
        Assert.Contains("Putin", names);
        Assert.Contains("Moscow", names);
    }

    [Fact]
    public void A_first_name_opening_a_sentence_is_kept_when_the_article_capitalises_it_elsewhere()
    {
        const string text = "Mark Rutte spoke first. Mark said the alliance was united.";
        var mentions = EntityRecognizer.Default.Recognize(text);
        Assert.Contains(mentions, m => m.Span.Of(text) == "Mark Rutte" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Span.Of(text) == "Mark" && m.Type == EntityType.Person);
    }

    [Fact]
    public void Spans_are_half_open_and_exclude_possessive_and_determiner()
    {
        const string text = "The Kremlin's envoy met NATO's chief.";
        var mentions = EntityRecognizer.Default.Recognize(text);
        Assert.Contains(mentions, m => m.Span == new TextSpan(4, 11) && m.Type == EntityType.Organization);
        Assert.Contains(mentions, m => m.Span.Of(text) == "NATO");
    }

    [Fact]
    public void Possessive_is_handled_whether_tokenized_as_one_token_or_split()
    {
        const string text = "Trump's envoy";
        var split = new AnnotationLayer<Token>([
            new Token(new TextSpan(0, 5), TokenKind.Word),
            new Token(new TextSpan(5, 7), TokenKind.Word),
            new Token(new TextSpan(8, 13), TokenKind.Word),
        ]);
        var fromSplit = EntityRecognizer.Default.Recognize(text, split);
        var fromNaive = EntityRecognizer.Default.Recognize(text);
        Assert.Equal("Trump", Assert.Single(fromSplit).Span.Of(text));
        Assert.Equal("Trump", Assert.Single(fromNaive).Span.Of(text));
    }

    [Fact]
    public void Whole_word_tokens_with_possessive_and_hyphen_are_handled()
    {
        const string text = "Trump's Kremlin-backed rival";
        var tokens = new AnnotationLayer<Token>([
            new Token(new TextSpan(0, 7), TokenKind.Word),
            new Token(new TextSpan(8, 22), TokenKind.Word),
            new Token(new TextSpan(23, 28), TokenKind.Word),
        ]);
        var mentions = EntityRecognizer.Default.Recognize(text, tokens);
        Assert.Equal("Trump", Assert.Single(mentions).Span.Of(text));
    }

    [Fact]
    public void All_caps_text_only_yields_known_names()
    {
        const string text = "OFFICIALS SAY THE SUMMIT IN ANCHORAGE WILL FOCUS ON A CEASEFIRE AND NEW SANCTIONS AGAINST MOSCOW";
        var mentions = EntityRecognizer.Default.Recognize(text);
        Assert.All(mentions, m => Assert.Contains(m.Span.Of(text), new[] { "ANCHORAGE", "MOSCOW" }));
        Assert.InRange(mentions.Count, 1, 2);
    }

    [Fact]
    public void Hostile_input_does_not_throw()
    {
        var inputs = new[]
        {
            "\0\u0001\u0002 Putin \u0007\u001b[31m",
            "Путин встретился с Trump в Alaska 東京 Tokyo",
            new string('A', 10_000),
            "'s 's ' . . . - - & U. S.",
            "Mr. Dr. Gen. of the of the",
            "\uD800 lone surrogate Moscow \uDC00",
        };
        foreach (var input in inputs)
        {
            _ = EntityRecognizer.Default.Recognize(input);
        }
    }

    [Fact]
    public void One_megabyte_without_spaces_is_fast()
    {
        var text = new StringBuilder(1_000_000);
        while (text.Length < 1_000_000)
        {
            text.Append("PutinTrumpAlaska.");
        }

        var sw = Stopwatch.StartNew();
        _ = EntityRecognizer.Default.Recognize(text.ToString());
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(120), $"took {sw.Elapsed}");
    }

    [Fact]
    public void Run_together_words_and_long_title_case_runs_are_not_names()
    {
        Assert.Empty(EntityRecognizer.Default.Recognize("VladimirPutinMetDonaldTrumpInAlaska"));
        var titleCase = string.Join(' ', Enumerable.Repeat("Alpha Beta Gamma Delta", 10));
        Assert.Empty(EntityRecognizer.Default.Recognize(titleCase));
    }

    [Fact]
    public void Cancellation_is_observed()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => EntityRecognizer.Default.Recognize("Putin met Trump.", cts.Token));
    }

    [Fact]
    public void Gazetteer_loads_from_plain_streams()
    {
        using var names = new MemoryStream(Encoding.UTF8.GetBytes("Zorbania\tL\nQuux Corp\tO\nbad line\n"));
        using var words = new MemoryStream(Encoding.UTF8.GetBytes("the\nmet\n"));
        var gazetteer = EntityGazetteer.Load(names, words);
        Assert.Equal(2, gazetteer.NameCount);
        Assert.Equal(NameKind.Place, gazetteer.Lookup("zorbania"));
        var recognizer = new EntityRecognizer(gazetteer);
        const string text = "Officials met in Zorbania.";
        Assert.Contains(recognizer.Recognize(text), m => m.Type == EntityType.Place && m.Span.Of(text) == "Zorbania");
    }

    [Fact]
    public void UseEntities_brings_tokens_and_sentences_first_once()
    {
        var pipeline = new PipelineBuilder().UseEntities().UseEntities().Build();
        Assert.Equal(["tokens", "sentences", "entities", "dates", "amounts"], pipeline.Stages.Select(s => s.Name));
        var analyzed = pipeline.Analyze(new Article("t", "Sergey Lavrov arrived in Anchorage."));
        var layer = analyzed.GetLayer<EntityMention>();
        Assert.Contains(layer, m => m.Type == EntityType.Person && analyzed.Article.Text[m.Span.Start..m.Span.End] == "Sergey Lavrov");
    }

    [Fact]
    public void Entity_stage_alone_tokenizes_when_needed()
    {
        var pipeline = new PipelineBuilder().Add(new EntityStage(EntityRecognizer.Default)).Build();
        var analyzed = pipeline.Analyze(new Article("t", "Sergey Lavrov arrived in Anchorage."));
        Assert.Contains(analyzed.GetLayer<EntityMention>(), m => m.Type == EntityType.Person && m.Span.Of(analyzed.Article.Text) == "Sergey Lavrov");
    }
}

public class EntityTypeModelTests
{
    [Fact]
    public void Shipped_model_loads_and_round_trips()
    {
        var model = EntityTypeModel.Default;
        Assert.NotNull(model);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var copy = EntityTypeModel.Load(buffer);
        int[] features = [EntityTypeModel.Hash("bias", 0), EntityTypeModel.Hash("rule", 0), EntityTypeModel.Hash("nw", "said")];
        Assert.Equal(model.Predict(features), copy.Predict(features));
    }

    [Fact]
    public void Garbage_is_rejected_with_invalid_data()
    {
        using var gzip = new MemoryStream();
        using (var writer = new System.IO.Compression.GZipStream(gzip, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            writer.Write("not a model"u8);
        }

        gzip.Position = 0;
        Assert.Throws<InvalidDataException>(() => EntityTypeModel.Load(gzip));
    }

    [Fact]
    public void Training_is_deterministic_and_learns_a_separable_rule()
    {
        var examples = new List<(int[] Features, int Label)>();
        for (var i = 0; i < 50; i++)
        {
            examples.Add(([EntityTypeModel.Hash("nw", "said"), i], 0));
            examples.Add(([EntityTypeModel.Hash("pw", "in"), i + 1000], 2));
        }

        var a = EntityTypeModel.Train(examples, bits: 12, epochs: 3);
        var b = EntityTypeModel.Train(examples, bits: 12, epochs: 3);
        Assert.Equal(0, a.Predict([EntityTypeModel.Hash("nw", "said")]));
        Assert.Equal(2, a.Predict([EntityTypeModel.Hash("pw", "in")]));
        Assert.Equal(a.Predict([EntityTypeModel.Hash("pw", "in")]), b.Predict([EntityTypeModel.Hash("pw", "in")]));
    }
}
