namespace QuizTui.Core.Drafting;

/// <summary>Transcripts: "you" in an interviewer's question is the person who answers it.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "((WN)) You wrote "…" on your website. Why?" or "Q: You said "…"": in a paragraph the
    /// interviewer's tag opens, "you" is the person whose label opens the next answer
    /// ("((Ana Ruiz))", "Ana Ruiz:"), a person the article names.
    /// </summary>
    private Resolution? Interviewee(int at)
    {
        var paragraphs = p.Article.Paragraphs;
        var here = p[at].Paragraph;
        if (here < 0 || here >= paragraphs.Count || TranscriptLabel(here) is not { } asker || !IsTranscriptTag(asker))
        {
            return null;
        }
        for (var next = here + 1; next < paragraphs.Count && next <= here + 3; next++)
        {
            if (TranscriptLabel(next) is not { } label)
            {
                continue;
            }
            if (IsTranscriptTag(label) || p.Entities.FindPerson(label) is not { } person)
            {
                return null;
            }
            return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.InterviewerAsks, label);
        }
        return null;
    }

    /// <summary>
    /// "((Ana Ruiz)) …" after "((KM)) …": in an answer (its labelled paragraph and the unlabelled
    /// ones after it), a quotation nothing attributes is the answerer's unless the answer says
    /// otherwise; imagined replies of others are printed the same way, so it is marked to check.
    /// </summary>
    public Resolution? Answerer(int paragraph)
    {
        for (var at = paragraph; at >= 1 && at >= paragraph - 6; at--)
        {
            if (TranscriptLabel(at) is not { } label)
            {
                continue;
            }
            if (IsTranscriptTag(label) || p.Entities.FindPerson(label) is not { } person
                || !Enumerable.Range(Math.Max(0, at - 3), Math.Min(3, at)).Any(q => TranscriptLabel(q) is { } asker && IsTranscriptTag(asker)))
            {
                return null;
            }
            return Resolution.Of(person.FullName, SpeakerKind.Person, DraftConfidence.TranscriptAnswer, label);
        }
        return null;
    }

    /// <summary>The label a transcript paragraph opens with: "((Ana Ruiz))" or "Ana Ruiz:", "Q:".</summary>
    private string? TranscriptLabel(int paragraph)
    {
        var (start, end) = p.Article.Paragraphs[paragraph];
        var text = p.Article.Text.AsSpan(start, end - start).TrimStart();
        if (text.StartsWith("((", StringComparison.Ordinal))
        {
            var close = text.IndexOf("))", StringComparison.Ordinal);
            return close > 2 ? text[2..close].Trim().ToString() : null;
        }
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 40)
        {
            return null;
        }
        var label = text[..colon].Trim();
        // A label is a name or a tag: capitalised words only, no sentence before the colon.
        foreach (var word in label.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) || word.Any(c => !char.IsLetter(c) && c is not '.' and not '-' and not '\''))
            {
                return null;
            }
        }
        return label.Length == 0 ? null : label.ToString();
    }
}
