using System.Globalization;
using System.Text;
using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Loading;

namespace QuizTui.Core.Drafting;

/// <summary>
/// One drafted quotation in the JSON that <c>quiztui draft quotes --format json</c> writes (see
/// docs/quotation-drafting.md). Keys are snake_case; null values are left out.
/// </summary>
/// <param name="Text">The words inside the quotation marks, as printed.</param>
/// <param name="Speaker">The speaker as found; absent when unresolved.</param>
/// <param name="SpeakerId">A person id made from the speaker's name.</param>
/// <param name="SpeakerResolved">False when no speaker was found.</param>
/// <param name="SpeakerKind">person, organisation, role or unknown.</param>
/// <param name="Kind">speech or label.</param>
/// <param name="Line">1-based line of the opening mark.</param>
/// <param name="Column">1-based column of the opening mark.</param>
/// <param name="Paragraph">1-based paragraph.</param>
/// <param name="Confidence">0 to 1.</param>
/// <param name="ConfidenceLevel">high, medium or low.</param>
/// <param name="NeedsCheck">True for speech whose speaker should be checked (low confidence).</param>
/// <param name="Attribution">The verb or phrase the speaker rests on.</param>
/// <param name="Channel">The channel guessed from the attribution.</param>
/// <param name="Reason">Why this speaker, in plain words.</param>
public sealed record DraftQuotationJson(
    string Text,
    string? Speaker,
    string? SpeakerId,
    bool SpeakerResolved,
    string SpeakerKind,
    string Kind,
    int Line,
    int Column,
    int Paragraph,
    double Confidence,
    string ConfidenceLevel,
    bool NeedsCheck,
    string? Attribution,
    string Channel,
    string? Reason);

/// <summary>Renders a draft quotation bank as YAML for an article file, or as JSON.</summary>
public static class DraftQuotationWriter
{
    /// <summary>
    /// A <c>quotations:</c> list to paste into an article file (see docs/content-format.md):
    /// <c>id</c>, <c>text</c>, <c>speaker</c> (a suggested person id), <c>channel</c> and
    /// <c>context</c>. Labels are left out unless <paramref name="includeLabels"/> is set; each
    /// entry carries a comment with the speaker as found, the confidence in a word and why; a
    /// speaker found with low confidence is marked <c>CHECK:</c>, and an unresolved one is written
    /// as <c>unknown</c> with a <c>CHECK:</c> comment.
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

    /// <summary>
    /// Every field of every draft, as a JSON array of <see cref="DraftQuotationJson"/> through
    /// <see cref="PublicJsonText"/>, ending with a line break (snake_case keys; a key whose value is null, such as the speaker of
    /// an unresolved quotation, is left out).
    /// </summary>
    public static string ToJson(IEnumerable<DraftQuotation> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var records = drafts.Select(d => new DraftQuotationJson(
            d.Text, d.Speaker, d.Speaker is null ? null : SpeakerId(d.Speaker), d.SpeakerResolved, KindName(d.SpeakerKind),
            d.Kind == QuotationKind.Speech ? "speech" : "label", d.Line, d.Column, d.Paragraph, d.Confidence,
            d.ConfidenceWord, d.NeedsCheck, d.Attribution, d.Channel, d.Reason)).ToList();
        return PublicJsonText.Write(records, PublicJsonText.Context.ListDraftQuotationJson);
    }

    /// <summary>A person id in the content format's style: "Tom Keiser" → "tom-keiser".</summary>
    public static string SpeakerId(string speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        return IdSlug.From(speaker, fallback: "unknown");
    }

    private static string SpeakerComment(DraftQuotation d) =>
        !d.SpeakerResolved || d.Speaker is null
            ? $"{DraftMarkers.Check} no speaker found, {DraftConfidence.Word(d.Confidence)} confidence ({d.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}): {UnresolvedWhy(d)}write the speaker's person id"
            : SpeakerComment($"{d.Speaker} ({KindName(d.SpeakerKind)})", d.Confidence, d.Reason);

    /// <summary>
    /// The comment on a drafted speaker: "Maria Lopez (person): high confidence (0.95), speaker
    /// named in the same sentence"; one to check starts with <c>CHECK:</c>, which
    /// <c>quiztui validate</c> reports until it is removed.
    /// </summary>
    internal static string SpeakerComment(string name, double confidence, string? reason)
    {
        var value = confidence.ToString("0.00", CultureInfo.InvariantCulture);
        var why = reason ?? "";
        if (!DraftConfidence.NeedsCheck(confidence))
        {
            return $"{name}: {DraftConfidence.Word(confidence)} confidence ({value}), {why}";
        }
        if (why.EndsWith(": check", StringComparison.Ordinal))
        {
            why = why[..^": check".Length];
        }
        return $"{DraftMarkers.Check} {name}, {DraftConfidence.Word(confidence)} confidence ({value}): {why}";
    }

    /// <summary>Why nothing was found, when it says more than "no speaker found", as a clause ending in "; ".</summary>
    private static string UnresolvedWhy(DraftQuotation d) =>
        d.Reason is { Length: > 0 } reason && reason != DraftConfidence.Unresolved.Because ? reason.Replace(": check", "", StringComparison.Ordinal) + "; " : "";

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
