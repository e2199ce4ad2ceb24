using System.Text;
using System.Text.Json;
using Parallax.Comparison.Stances;

namespace Parallax.Reports.Json;

/// <summary>
/// Writes one judged pair as a line of <c>parallax stance</c>:
/// <c>{ id, stance: agree|disagree|discuss|unrelated, confidence, evidence: [{start,end}] }</c>, offsets being UTF-16
/// half-open spans into the pair's text. Stateless and thread-safe.
/// </summary>
public static class StanceJsonWriter
{
    /// <summary>One JSON object on one line, without the trailing newline.</summary>
    public static string ToJsonLine(string id, StanceJudgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ContractJson.Options(indented: false)))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("stance", LabelName(judgement.Label));
            writer.WriteNumber("confidence", judgement.Confidence);
            writer.WriteStartArray("evidence");
            foreach (var span in judgement.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("end", span.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The contract's name for a stance label: agree, disagree, discuss, unrelated.</summary>
    public static string LabelName(StanceLabel label) => label switch
    {
        StanceLabel.Agree => "agree",
        StanceLabel.Disagree => "disagree",
        StanceLabel.Discuss => "discuss",
        _ => "unrelated",
    };
}
