using Parallax.Comparison.Stances;

namespace Parallax.Core.Tests.Comparison.Stances;

public class StanceModelTests
{
    private const string Body =
        "A small meteorite crashed into a wooded area near the airport in Managua overnight, the government said Sunday. " +
        "Residents reported hearing a loud boom. Officials said the crater was 16 feet deep.";

    [Fact]
    public void The_shipped_model_tells_related_from_unrelated_with_evidence_inside_the_text()
    {
        var model = StanceModel.Default;
        Assert.NotNull(model);

        var related = model.Judge("Meteorite crashes near Managua airport", Body);
        Assert.NotEqual(StanceLabel.Unrelated, related.Label);
        Assert.InRange(related.Confidence, 0, 1);
        Assert.NotEmpty(related.Evidence);
        Assert.All(related.Evidence, span => Assert.True(span.End <= Body.Length));

        var unrelated = model.Judge("Christian Bale passes on role of Steve Jobs", Body);
        Assert.Equal(StanceLabel.Unrelated, unrelated.Label);
        Assert.Empty(unrelated.Evidence);
    }

    [Fact]
    public void Empty_and_odd_inputs_do_not_throw()
    {
        var model = StanceModel.Default!;
        Assert.Equal(StanceLabel.Unrelated, model.Judge("", "").Label);
        _ = model.Judge("???", new string('x', 300_000));
    }

    [Fact]
    public void Boosted_trees_learn_a_threshold_and_round_trip()
    {
        var x = new float[200][];
        var y = new int[200];
        var w = new float[200];
        for (var i = 0; i < 200; i++)
        {
            x[i] = [i / 200f, (i * 7 % 13) / 13f];
            y[i] = i < 120 ? 0 : 1;
            w[i] = 1;
        }

        var trees = BoostedTrees.Train(x, y, w, 2, new BoostingOptions { Rounds = 30, MaxDepth = 2, MinRows = 2 });
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            trees.Save(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var loaded = BoostedTrees.Load(reader);
        Span<float> p = stackalloc float[2];
        loaded.Probabilities([0.1f, 0.5f], p);
        Assert.True(p[0] > 0.8f);
        loaded.Probabilities([0.9f, 0.5f], p);
        Assert.True(p[1] > 0.8f);
    }
}
