namespace Parallax.Comparison.Stances;

/// <summary>How an article's text relates to a claim (the FNC-1 labels).</summary>
public enum StanceLabel
{
    /// <summary>The text asserts the claim is true.</summary>
    Agree,

    /// <summary>The text refutes or denies the claim.</summary>
    Disagree,

    /// <summary>The text is about the claim without taking a side (reports it, questions it).</summary>
    Discuss,

    /// <summary>The text is about something else.</summary>
    Unrelated,
}
