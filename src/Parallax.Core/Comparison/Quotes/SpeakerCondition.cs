namespace Parallax.Comparison.Quotes;

/// <summary>When two quotes whose words are known report the same utterance, depending on who they are attributed to.</summary>
internal enum SpeakerCondition
{
    /// <summary>Not the same utterance, whoever the speakers.</summary>
    Never,

    /// <summary>The same utterance only when both speakers are known and the same (a word or two).</summary>
    SameKnownSpeaker,

    /// <summary>The same utterance unless both speakers are known and differ.</summary>
    UnlessSpeakersDiffer,

    /// <summary>The same utterance even when the known speakers differ (a possible misattribution).</summary>
    Always,
}
