using System.Collections.Frozen;

namespace Parallax.Readers.Html;

/// <summary>The element kinds the extractor distinguishes; everything else is <see cref="Other"/>.</summary>
internal enum HtmlTag : byte
{
    Text,
    Other,
    Inline,
    A,
    Br,
    Img,
    P,
    Div,
    Section,
    Article,
    Main,
    Body,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Blockquote,
    Pre,
    Table,
    Tr,
    Td,
    Th,
    Caption,
    Figure,
    Figcaption,
    Nav,
    Header,
    Footer,
    Aside,
    Form,
    Fieldset,
    Input,
    Embed,
    Address,
    Hr,
    Time,
    NoScript,
}

/// <summary>Static facts about tags: which are skipped entirely, which start a new text block.</summary>
internal static class HtmlTags
{
    private static readonly FrozenDictionary<string, HtmlTag> Known = new Dictionary<string, HtmlTag>(StringComparer.Ordinal)
    {
        ["a"] = HtmlTag.A,
        ["br"] = HtmlTag.Br,
        ["img"] = HtmlTag.Img,
        ["picture"] = HtmlTag.Img,
        ["p"] = HtmlTag.P,
        ["div"] = HtmlTag.Div,
        ["section"] = HtmlTag.Section,
        ["article"] = HtmlTag.Article,
        ["main"] = HtmlTag.Main,
        ["body"] = HtmlTag.Body,
        ["h1"] = HtmlTag.H1,
        ["h2"] = HtmlTag.H2,
        ["h3"] = HtmlTag.H3,
        ["h4"] = HtmlTag.H4,
        ["h5"] = HtmlTag.H5,
        ["h6"] = HtmlTag.H6,
        ["ul"] = HtmlTag.Ul,
        ["ol"] = HtmlTag.Ol,
        ["menu"] = HtmlTag.Ul,
        ["li"] = HtmlTag.Li,
        ["dl"] = HtmlTag.Dl,
        ["dt"] = HtmlTag.Dt,
        ["dd"] = HtmlTag.Dd,
        ["blockquote"] = HtmlTag.Blockquote,
        ["pre"] = HtmlTag.Pre,
        ["table"] = HtmlTag.Table,
        ["tr"] = HtmlTag.Tr,
        ["td"] = HtmlTag.Td,
        ["th"] = HtmlTag.Th,
        ["caption"] = HtmlTag.Caption,
        ["figure"] = HtmlTag.Figure,
        ["figcaption"] = HtmlTag.Figcaption,
        ["nav"] = HtmlTag.Nav,
        ["header"] = HtmlTag.Header,
        ["footer"] = HtmlTag.Footer,
        ["aside"] = HtmlTag.Aside,
        ["form"] = HtmlTag.Form,
        ["fieldset"] = HtmlTag.Fieldset,
        ["input"] = HtmlTag.Input,
        ["embed"] = HtmlTag.Embed,
        ["address"] = HtmlTag.Address,
        ["hr"] = HtmlTag.Hr,
        ["time"] = HtmlTag.Time,
        ["noscript"] = HtmlTag.NoScript,
        ["span"] = HtmlTag.Inline,
        ["em"] = HtmlTag.Inline,
        ["strong"] = HtmlTag.Inline,
        ["b"] = HtmlTag.Inline,
        ["i"] = HtmlTag.Inline,
        ["u"] = HtmlTag.Inline,
        ["s"] = HtmlTag.Inline,
        ["small"] = HtmlTag.Inline,
        ["big"] = HtmlTag.Inline,
        ["sub"] = HtmlTag.Inline,
        ["sup"] = HtmlTag.Inline,
        ["abbr"] = HtmlTag.Inline,
        ["acronym"] = HtmlTag.Inline,
        ["cite"] = HtmlTag.Inline,
        ["code"] = HtmlTag.Inline,
        ["q"] = HtmlTag.Inline,
        ["mark"] = HtmlTag.Inline,
        ["font"] = HtmlTag.Inline,
        ["label"] = HtmlTag.Inline,
        ["tt"] = HtmlTag.Inline,
        ["var"] = HtmlTag.Inline,
        ["kbd"] = HtmlTag.Inline,
        ["samp"] = HtmlTag.Inline,
        ["dfn"] = HtmlTag.Inline,
        ["ins"] = HtmlTag.Inline,
        ["del"] = HtmlTag.Inline,
        ["strike"] = HtmlTag.Inline,
        ["bdi"] = HtmlTag.Inline,
        ["bdo"] = HtmlTag.Inline,
        ["data"] = HtmlTag.Inline,
        ["wbr"] = HtmlTag.Inline,
        ["nobr"] = HtmlTag.Inline,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Elements whose content is never visible article text.</summary>
    private static readonly FrozenSet<string> Skipped = new[]
    {
        "head", "script", "style", "template", "svg", "math", "iframe", "object", "canvas", "video", "audio",
        "select", "option", "optgroup", "textarea", "button", "link", "meta", "title", "base", "map", "area", "source",
        "track", "param", "datalist", "dialog", "frame", "frameset", "noframes", "applet", "output", "progress", "meter",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static HtmlTag Classify(string localName) =>
        Known.TryGetValue(localName, out var tag) ? tag : HtmlTag.Other;

    public static bool IsSkipped(string localName) => Skipped.Contains(localName);

    /// <summary>Embedded media: kept as an empty node so that cleaning rules can count them.</summary>
    public static bool IsEmbedded(string localName) => localName is "iframe" or "video" or "object" or "embed" or "audio";

    /// <summary>True for elements whose inline text forms a block of its own.</summary>
    public static bool IsBlock(HtmlTag tag) => tag switch
    {
        HtmlTag.Text or HtmlTag.Inline or HtmlTag.A or HtmlTag.Img or HtmlTag.Input or HtmlTag.Embed or HtmlTag.Time
            or HtmlTag.Td or HtmlTag.Th => false,
        _ => true,
    };

    public static bool IsHeading(HtmlTag tag) => tag is >= HtmlTag.H1 and <= HtmlTag.H6;
}
