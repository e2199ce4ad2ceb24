using Parallax.Language.Entities;

namespace Parallax.Core.Tests.Language.Entities;

public class EntityTypeModelTrainingTests
{
    // Feature 1 marks a person, 2 an organization, 3 a place, 4 a word that is no name; 9 is on every example.
    private static readonly List<(int[] Features, int Label)> Examples = Enumerable.Range(0, 30)
        .SelectMany(_ => new (int[], int)[] { ([9, 1], 0), ([9, 2], 1), ([9, 3], 2), ([9, 4], EntityTypeModel.NoneClass) })
        .ToList();

    [Fact]
    public void One_bag_is_the_plain_model()
    {
        var plain = EntityTypeModel.Train(Examples, bits: 8, epochs: 3);
        var bagged = EntityTypeModel.TrainAveraged(Examples, bits: 8, epochs: 3, bags: 1);
        Assert.Equal(Saved(plain), Saved(bagged));
    }

    [Fact]
    public void Averaged_models_learn_every_class_and_are_deterministic()
    {
        var a = EntityTypeModel.TrainAveraged(Examples, bits: 8, epochs: 3, bags: 3);
        var b = EntityTypeModel.TrainAveraged(Examples, bits: 8, epochs: 3, bags: 3);
        Assert.Equal(Saved(a), Saved(b));
        for (var label = 0; label < EntityTypeModel.Classes; label++)
        {
            Assert.Equal(label, a.Predict([9, label + 1]));
        }
    }

    [Fact]
    public void Average_of_a_model_with_itself_predicts_the_same_and_sizes_must_match()
    {
        var model = EntityTypeModel.Train(Examples, bits: 8, epochs: 3);
        var twice = EntityTypeModel.Average([model, model]);
        Assert.Equal(Saved(model), Saved(twice));
        var other = EntityTypeModel.Train(Examples, bits: 9, epochs: 3);
        Assert.Throws<ArgumentException>(() => EntityTypeModel.Average([model, other]));
    }

    [Fact]
    public void The_none_margin_keeps_the_rules_type_when_none_wins_narrowly()
    {
        var model = EntityTypeModel.Train(Examples, bits: 8, epochs: 3);
        Assert.Equal(EntityTypeModel.NoneClass, model.Predict([9, 4], ruleClass: -1, noneMargin: 0f));
        Assert.NotEqual(EntityTypeModel.NoneClass, model.Predict([9, 4], ruleClass: 0, noneMargin: 1000f));
    }

    private static byte[] Saved(EntityTypeModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }
}
