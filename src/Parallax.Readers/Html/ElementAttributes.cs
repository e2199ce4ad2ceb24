using AngleSharp.Dom;

namespace Parallax.Readers.Html;

/// <summary>The attributes the extractor looks at, read in one pass over an element's attribute list.</summary>
internal readonly struct ElementAttributes
{
    public string? Class { get; private init; }

    public string? Id { get; private init; }

    public string? Style { get; private init; }

    public string? Role { get; private init; }

    public string? Itemprop { get; private init; }

    public string? Rel { get; private init; }

    public string? AriaHidden { get; private init; }

    public bool Hidden { get; private init; }

    public static ElementAttributes Read(IElement element)
    {
        var attributes = element.Attributes;
        var length = attributes.Length;
        if (length == 0)
        {
            return default;
        }

        string? cls = null, id = null, style = null, role = null, itemprop = null, rel = null, ariaHidden = null;
        var hidden = false;
        for (var i = 0; i < length; i++)
        {
            var attribute = attributes[i];
            if (attribute is null)
            {
                continue;
            }

            switch (attribute.LocalName)
            {
                case "class":
                    cls = attribute.Value;
                    break;
                case "id":
                    id = attribute.Value;
                    break;
                case "style":
                    style = attribute.Value;
                    break;
                case "role":
                    role = attribute.Value;
                    break;
                case "itemprop":
                    itemprop = attribute.Value;
                    break;
                case "rel":
                    rel = attribute.Value;
                    break;
                case "aria-hidden":
                    ariaHidden = attribute.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
            }
        }

        return new ElementAttributes
        {
            Class = cls,
            Id = id,
            Style = style,
            Role = role,
            Itemprop = itemprop,
            Rel = rel,
            AriaHidden = ariaHidden,
            Hidden = hidden,
        };
    }
}
