using Parallax.Dossier;
using Parallax.Model;

namespace Parallax.Core.Tests.Dossier;

public class DossierBuilderTests
{
    [Fact]
    public void Ids_follow_input_order_and_duplicates_are_noted_not_kept()
    {
        var text = "Leaders met in Anchorage for talks that lasted nearly three hours and ended with no agreement on Ukraine.";
        var dossier = new DossierBuilder().Build(
        [
            new Article("one.txt", text),
            new Article("two.txt", "A different article about a football match in Madrid that ended in a draw after extra time."),
            new Article("copy.txt", text),
        ]);

        Assert.Equal(["a1", "a2"], dossier.Articles.Select(a => a.Id));
        var note = Assert.Single(dossier.Duplicates);
        Assert.Equal(("copy.txt", "a1"), (note.Source, note.KeptArticle));
    }
}
