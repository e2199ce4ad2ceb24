using Parallax.Language;

namespace Parallax.Core.Tests.Language;

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("en", "The president said on Friday that the talks with his counterpart had been useful, and that they would meet again.")]
    [InlineData("de", "Der Präsident sagte am Freitag, dass die Gespräche mit seinem Amtskollegen nützlich gewesen seien und dass sie sich wieder treffen würden.")]
    [InlineData("fr", "Le président a déclaré vendredi que les discussions avec son homologue avaient été utiles et qu'ils se reverraient dans les prochains mois.")]
    [InlineData("es", "El presidente dijo el viernes que las conversaciones con su homólogo habían sido útiles y que volverían a reunirse pronto para seguir con los temas.")]
    [InlineData("it", "Il presidente ha detto venerdì che i colloqui con il suo omologo sono stati utili e che si incontreranno di nuovo per parlare della guerra.")]
    [InlineData("pt", "O presidente disse na sexta-feira que as conversas com o seu homólogo foram úteis e que eles voltarão a se encontrar em breve para falar da guerra.")]
    [InlineData("nl", "De president zei vrijdag dat de gesprekken met zijn ambtgenoot nuttig waren en dat ze elkaar binnenkort weer zouden ontmoeten om over de oorlog te praten.")]
    [InlineData("ru", "Президент заявил в пятницу, что переговоры с его коллегой были полезными и что они встретятся снова в ближайшее время.")]
    [InlineData("uk", "Президент заявив у п'ятницю, що переговори з його колегою були корисними і що вони знову зустрінуться найближчим часом.")]
    [InlineData("zh", "总统星期五表示，与对方的会谈很有帮助，双方将在近期再次会面，讨论乌克兰问题。")]
    [InlineData("ja", "大統領は金曜日、相手との会談は有益だったと述べ、近いうちに再び会って話し合うと語った。")]
    [InlineData("ar", "قال الرئيس يوم الجمعة إن المحادثات مع نظيره كانت مفيدة وإنهما سيلتقيان مرة أخرى قريبا لمناقشة الحرب.")]
    public void Identifies_the_language_of_a_sentence(string expected, string text) =>
        Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Theory]
    [InlineData("")]
    [InlineData("Hello")]
    [InlineData("2025-08-16 10:30")]
    [InlineData("Trump Putin Alaska")]
    public void Too_little_text_gives_no_language(string text) => Assert.Null(LanguageIdentifier.Identify(text));

    [Fact]
    public void A_language_it_does_not_know_gives_no_answer()
    {
        Assert.Null(LanguageIdentifier.Identify("Prezydent powiedział w piątek, że rozmowy z jego odpowiednikiem były przydatne i że wkrótce znów się spotkają."));
        Assert.Null(LanguageIdentifier.Identify("رئیس جمهور روز جمعه گفت که گفتگو با همتای خود مفید بود و به زودی دوباره دیدار خواهند کرد."));
    }

    [Fact]
    public void Reads_only_the_start_of_a_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("The talks were useful and they will meet again. ", 5_000));
        Assert.Equal("en", LanguageIdentifier.Identify(text));
    }
}
