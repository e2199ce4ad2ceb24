using System.Text;
using Parallax.Language.Entities;

namespace Parallax.Core.Tests.Language.Entities;

public class EntitySequenceModelTests
{
    private static readonly EntityRecognizer WithSequence = new(EntityGazetteer.Default, null, EntitySequenceModel.Default);

    [Fact]
    public void Shipped_model_loads_and_round_trips()
    {
        var model = EntitySequenceModel.Default;
        Assert.NotNull(model);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        buffer.Position = 0;
        var copy = EntitySequenceModel.Load(buffer);
        int[] features = [11, 22, 33, 44, 55];
        int[] offsets = [0, 2, 5];
        var a = new int[2];
        var b = new int[2];
        model.Decode(features, offsets, [], a);
        copy.Decode(features, offsets, [], b);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Garbage_is_rejected_with_invalid_data()
    {
        using var gzip = new MemoryStream();
        using (var writer = new System.IO.Compression.GZipStream(gzip, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            writer.Write("not a model at all"u8);
        }

        gzip.Position = 0;
        Assert.Throws<InvalidDataException>(() => EntitySequenceModel.Load(gzip));
    }

    [Fact]
    public void Training_is_deterministic_learns_tags_and_never_starts_a_name_with_I()
    {
        // Feature 1 marks the first word of a person's name, feature 2 a following word, feature 3 a word outside names.
        var person = EntitySequenceModel.Begin(EntityType.Person);
        var examples = new List<(int[], int[], int[])>();
        for (var i = 0; i < 40; i++)
        {
            examples.Add(([3, 1, 2], [0, 1, 2, 3], [0, person, person + 1]));
            examples.Add(([2, 3], [0, 1, 2], [0, 0]));
        }

        var a = EntitySequenceModel.Train(examples, bits: 10, epochs: 3);
        var b = EntitySequenceModel.Train(examples, bits: 10, epochs: 3);
        var tagsA = new int[3];
        var tagsB = new int[3];
        a.Decode([3, 1, 2], [0, 1, 2, 3], [], tagsA);
        b.Decode([3, 1, 2], [0, 1, 2, 3], [], tagsB);
        Assert.Equal([0, person, person + 1], tagsA);
        Assert.Equal(tagsA, tagsB);

        // A lone "following word" may not carry an I tag without a B before it.
        var lone = new int[1];
        a.Decode([2], [0, 1], [], lone);
        Assert.False(lone[0] > 0 && !EntitySequenceModel.IsBegin(lone[0]));

        // A forced tag is obeyed.
        var forced = new int[3];
        a.Decode([3, 1, 2], [0, 1, 2, 3], [-1, 0, 0], forced);
        Assert.Equal([0, 0, 0], forced);
    }

    [Fact]
    public void Recognizes_people_places_and_roles_with_the_sequence_model()
    {
        const string text = "Russian Foreign Minister Sergey Lavrov met Kremlin aide Yuri Ushakov in Anchorage, Alaska, on Friday.";
        var mentions = WithSequence.Recognize(text);
        Assert.Contains(mentions, m => m.Type == EntityType.Person && m.Span.Of(text) == "Sergey Lavrov" && m.Role is { } r && r.Of(text).Contains("Foreign Minister", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Type == EntityType.Place && m.Span.Of(text) == "Anchorage");
        Assert.Contains(mentions, m => m.Type == EntityType.Place && m.Span.Of(text) == "Alaska");
    }

    [Fact]
    public void Bad_input_is_linear_and_does_not_throw()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append("Alpha Beta Gamma of the Delta \u0001Путин 東京 ALL CAPS WORDS HERE. VladimirPutinMetTrump ");
        }

        var text = builder.ToString();
        var mentions = WithSequence.Recognize(text);
        foreach (var m in mentions)
        {
            Assert.InRange(m.Span.End, m.Span.Start + 1, text.Length);
        }
    }
}
