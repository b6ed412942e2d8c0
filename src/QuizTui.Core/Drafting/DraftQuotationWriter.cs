using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuizTui.Core.Authoring;

namespace QuizTui.Core.Drafting;

/// <summary>Renders a draft quotation bank as YAML for an article file, or as JSON.</summary>
public static class DraftQuotationWriter
{
    /// <summary>
    /// A <c>quotations:</c> list to paste into an article file (see docs/content-format.md):
    /// <c>id</c>, <c>text</c>, <c>speaker</c> (a suggested person id), <c>channel</c> and
    /// <c>context</c>. Labels are left out unless <paramref name="includeLabels"/> is set; each
    /// entry carries a comment with the speaker as found, the confidence and how it was found,
    /// and an unresolved speaker is written as <c>unknown</c> with a comment asking for review.
    /// </summary>
    /// <param name="drafts">The drafts, as <see cref="QuotationDrafter.Extract"/> returns them.</param>
    /// <param name="idPrefix">Prefix of the quotation ids, usually the article id.</param>
    /// <param name="includeLabels">Also list quoted labels, marked as such.</param>
    /// <param name="speakerId">Maps a speaker as found to a person id (e.g. one already in the event); defaults to <see cref="SpeakerId"/>.</param>
    /// <param name="isKnownSpeaker">
    /// When given, whether a speaker as found is a person of the event; one that is not is marked
    /// <c>NOT IN event.yaml</c>, since the quotation does not validate until the person is added.
    /// </param>
    public static string ToYaml(IEnumerable<DraftQuotation> drafts, string idPrefix = "draft", bool includeLabels = false, Func<string, string>? speakerId = null,
        Func<string, bool>? isKnownSpeaker = null)
    {
        speakerId ??= SpeakerId;
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(idPrefix);
        var prefix = IdSlug.From(idPrefix, fallback: "draft");
        var sb = new StringBuilder();
        sb.Append("# Drafted quotations: check every text, speaker and channel before use.\n");
        sb.Append("quotations:");
        var number = 0;
        foreach (var draft in drafts)
        {
            if (draft.Kind == QuotationKind.Label && !includeLabels)
            {
                continue;
            }
            number++;
            sb.Append('\n');
            sb.Append("  - id: ").Append(prefix).Append("-q").Append(number.ToString(CultureInfo.InvariantCulture)).Append('\n');
            sb.Append("    text: ").Append(YamlString(draft.Text)).Append('\n');
            sb.Append("    speaker: ").Append(draft.SpeakerResolved && draft.Speaker is not null ? speakerId(draft.Speaker) : "unknown");
            sb.Append("  # ");
            if (isKnownSpeaker is not null && draft.SpeakerResolved && draft.Speaker is not null && !isKnownSpeaker(draft.Speaker))
                sb.Append("NOT IN event.yaml: add ").Append(draft.Speaker).Append(" to people, or correct the speaker; ");
            sb.Append(SpeakerComment(draft)).Append('\n');
            sb.Append("    channel: ").Append(draft.Channel).Append('\n');
            sb.Append("    context: ").Append(YamlString(Context(draft))).Append('\n');
        }
        if (number == 0)
        {
            sb.Append(" []\n");
        }
        return sb.ToString();
    }

    /// <summary>Every field of every draft, as a JSON array.</summary>
    public static string ToJson(IEnumerable<DraftQuotation> drafts, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
               {
                   Indented = indented,
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            json.WriteStartArray();
            foreach (var d in drafts)
            {
                json.WriteStartObject();
                json.WriteString("text", d.Text);
                if (d.Speaker is null)
                {
                    json.WriteNull("speaker");
                }
                else
                {
                    json.WriteString("speaker", d.Speaker);
                }
                json.WriteString("speakerId", d.Speaker is null ? null : SpeakerId(d.Speaker));
                json.WriteBoolean("speakerResolved", d.SpeakerResolved);
                json.WriteString("speakerKind", KindName(d.SpeakerKind));
                json.WriteString("kind", d.Kind == QuotationKind.Speech ? "speech" : "label");
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteNumber("paragraph", d.Paragraph);
                json.WriteNumber("confidence", d.Confidence);
                json.WriteString("attribution", d.Attribution);
                json.WriteString("channel", d.Channel);
                json.WriteString("reason", d.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A person id in the content format's style: "Tom Keiser" → "tom-keiser".</summary>
    public static string SpeakerId(string speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return IdSlug.From(speaker, fallback: "unknown");
    }

    private static string SpeakerComment(DraftQuotation d)
    {
        var confidence = d.Confidence.ToString("0.00", CultureInfo.InvariantCulture);
        if (!d.SpeakerResolved || d.Speaker is null)
        {
            return $"UNRESOLVED: no speaker found ({d.Reason}); confidence {confidence}";
        }
        return $"{d.Speaker} ({KindName(d.SpeakerKind)}), confidence {confidence}: {d.Reason}";
    }

    private static string Context(DraftQuotation d)
    {
        var how = d.Attribution is null ? "no attribution" : $"attribution \"{d.Attribution}\"";
        var label = d.Kind == QuotationKind.Label ? "quoted label, " : "";
        return $"{label}paragraph {d.Paragraph.ToString(CultureInfo.InvariantCulture)}, {how}; say when and where in our own words";
    }

    private static string KindName(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => "person",
        SpeakerKind.Organisation => "organisation",
        SpeakerKind.Role => "role",
        _ => "unknown",
    };

    /// <summary>A double-quoted YAML scalar.</summary>
    private static string YamlString(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
