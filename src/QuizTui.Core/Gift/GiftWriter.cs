using System.Globalization;
using System.Text;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Gift;

/// <summary>GIFT text for Moodle and notes on what had to change on the way.</summary>
public sealed record GiftExport(string Text, IReadOnlyList<ConversionNote> Notes);

/// <summary>
/// Writes our quizzes as Moodle GIFT. Each quiz gets its own <c>$CATEGORY</c>; each question is
/// titled with its id and preceded by <c>// skill:</c> and <c>// articles:</c> comments, which
/// Moodle ignores and <see cref="GiftReader"/> reads back.
/// </summary>
public static class GiftWriter
{
    /// <summary>The quizzes of the events (one event or one quiz when given) as one GIFT text.</summary>
    public static GiftExport Write(IEnumerable<NewsEvent> events, string? quizId = null)
    {
        var sb = new StringBuilder();
        var notes = new List<ConversionNote>();
        foreach (var newsEvent in events)
        {
            foreach (var quiz in newsEvent.Quizzes.Where(q => quizId is null || q.Id == quizId))
                WriteQuiz(sb, notes, newsEvent, quiz);
        }
        return new GiftExport(sb.ToString(), notes);
    }

    /// <summary>One quiz of an event as GIFT.</summary>
    public static GiftExport Write(NewsEvent newsEvent, Quiz quiz)
    {
        var sb = new StringBuilder();
        var notes = new List<ConversionNote>();
        WriteQuiz(sb, notes, newsEvent, quiz);
        return new GiftExport(sb.ToString(), notes);
    }

    /// <summary>Questions alone, without an event (who-said-what questions need one and are skipped).</summary>
    public static GiftExport Write(IEnumerable<Question> questions)
    {
        var sb = new StringBuilder();
        var notes = new List<ConversionNote>();
        foreach (var question in questions)
            WriteQuestion(sb, notes, question);
        return new GiftExport(sb.ToString(), notes);
    }

    private static void WriteQuiz(StringBuilder sb, List<ConversionNote> notes, NewsEvent newsEvent, Quiz quiz)
    {
        sb.Append("// ").Append(OneLine(newsEvent.Title)).Append(": ").Append(OneLine(quiz.Title)).Append('\n');
        sb.Append("$CATEGORY: $course$/").Append(newsEvent.Id).Append('/').Append(quiz.Id).Append("\n\n");
        switch (quiz)
        {
            case ComprehensionQuiz comprehension:
                foreach (var question in comprehension.Questions)
                    WriteQuestion(sb, notes, question);
                break;
            case WhoSaidWhatQuiz whoSaidWhat:
                WriteWhoSaidWhat(sb, notes, newsEvent, whoSaidWhat);
                break;
        }
    }

    private static void WriteWhoSaidWhat(StringBuilder sb, List<ConversionNote> notes, NewsEvent newsEvent, WhoSaidWhatQuiz quiz)
    {
        var quotations = quiz.QuotationIds is null
            ? newsEvent.Quotations.ToList()
            : quiz.QuotationIds.Select(newsEvent.FindQuotation).OfType<Quotation>().ToList();
        int offered = Math.Max(2, quiz.ChoiceCount);
        notes.Add(new ConversionNote(quiz.Location.File, quiz.Location.Line,
            $"who-said-what quiz \"{quiz.Id}\" exported as {quotations.Count} single-choice question{(quotations.Count == 1 ? "" : "s")} naming speakers: the {offered - 1} wrong speakers of each are fixed at export, where the app draws them afresh each run"
            + (quiz.PerRun is { } perRun ? $"; per_run ({perRun}) not exported: Moodle asks every question" : "")));
        for (int index = 0; index < quotations.Count; index++)
        {
            var quotation = quotations[index];
            var speaker = newsEvent.FindPerson(quotation.SpeakerId);
            if (speaker is null)
                continue;
            var pool = (quiz.DistractorPool ?? newsEvent.People.Select(p => p.Id))
                .Where(id => id != quotation.SpeakerId)
                .Distinct()
                .Select(newsEvent.FindPerson)
                .OfType<Person>()
                .ToList();
            // Rotate through the pool so that different quotations offer different wrong speakers.
            var wrong = Enumerable.Range(0, Math.Min(offered - 1, pool.Count))
                .Select(i => pool[(index + i) % pool.Count])
                .ToList();
            var choices = new List<Choice> { new(speaker.Name, true, null) };
            choices.AddRange(wrong.Select(p => new Choice(p.Name, false, null)));
            string explanation = QuizSessionBuilder.WhoSaidWhatExplanation(newsEvent, quotation, withSource: true);
            sb.Append("::").Append(GiftText.Escape(quotation.Id)).Append("::")
                .Append(GiftText.Escape($"Who said this? \u201C{quotation.Text}\u201D")).Append(" {\n");
            foreach (var choice in choices)
                sb.Append(choice.IsCorrect ? "  =" : "  ~").Append(GiftText.Escape(choice.Text)).Append('\n');
            sb.Append("  ####").Append(GiftText.Escape(explanation)).Append("\n}\n\n");
        }
    }

    private static void WriteQuestion(StringBuilder sb, List<ConversionNote> notes, Question question)
    {
        void Note(string message) => notes.Add(new ConversionNote(question.Location.File, question.Location.Line, message));

        switch (question)
        {
            case SingleChoiceQuestion q:
                Open(sb, q, q.Prompt);
                foreach (var choice in q.Choices)
                    AppendChoice(sb, choice.IsCorrect ? "=" : "~", choice);
                Close(sb, q.Explanation);
                break;
            case MultipleAnswersQuestion q:
                {
                    int right = Math.Max(1, q.Choices.Count(c => c.IsCorrect));
                    string share = Weight(100m / right);
                    Open(sb, q, q.Prompt);
                    foreach (var choice in q.Choices)
                        AppendChoice(sb, choice.IsCorrect ? $"~%{share}%" : $"~%-{share}%", choice);
                    Close(sb, q.Explanation);
                    break;
                }
            case TrueFalseQuestion q:
                Open(sb, q, q.Prompt, inline: true);
                sb.Append(q.Answer ? "TRUE" : "FALSE");
                if (q.Explanation is { Length: > 0 } explanation)
                    sb.Append("####").Append(GiftText.Escape(explanation));
                sb.Append("}\n\n");
                break;
            case ShortAnswerQuestion q:
                Open(sb, q, q.Prompt);
                foreach (string accepted in q.Accepted)
                    sb.Append("  =").Append(GiftText.Escape(accepted)).Append('\n');
                Close(sb, q.Explanation);
                break;
            case NumericQuestion q:
                {
                    string prompt = q.Prompt;
                    if (q.Unit is { Length: > 0 } unit)
                    {
                        prompt = $"{prompt} ({unit})";
                        Note($"unit \"{unit}\" of numeric question \"{q.Id}\" not exported as a unit (GIFT has none): added to the prompt");
                    }
                    Open(sb, q, prompt, inline: true);
                    sb.Append('#').Append(Number(q.Answer));
                    if (q.Tolerance != 0)
                        sb.Append(':').Append(Number(q.Tolerance));
                    if (q.Explanation is { Length: > 0 } numericExplanation)
                        sb.Append("####").Append(GiftText.Escape(numericExplanation));
                    sb.Append("}\n\n");
                    break;
                }
            case MatchingQuestion q:
                Open(sb, q, q.Prompt);
                foreach (var pair in q.Pairs)
                    sb.Append("  =").Append(GiftText.Escape(pair.Left)).Append(" -> ").Append(GiftText.Escape(pair.Right)).Append('\n');
                Close(sb, q.Explanation);
                break;
            case OrderingQuestion q:
                Note($"ordering question \"{q.Id}\" exported as a matching question (each item matched with its place, 1 = first): GIFT has no ordering questions, and Moodle gives partial credit per item where the app needs the whole order");
                Open(sb, q, $"{q.Prompt} Match each item with its place in the order (1 = first).");
                for (int i = 0; i < q.Items.Count; i++)
                    sb.Append("  =").Append(GiftText.Escape(q.Items[i])).Append(" -> ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('\n');
                Close(sb, q.Explanation);
                break;
            case EvidenceQuestion q:
                {
                    Note($"evidence question \"{q.Id}\" exported as two single-choice questions, \"{q.Id}\" (part A) and \"{q.Id}-evidence\" (part B, which states part A's answer): GIFT has no two-part questions, so part B is not tied to part A's answer");
                    Open(sb, q, q.Prompt);
                    foreach (var choice in q.Choices)
                        AppendChoice(sb, choice.IsCorrect ? "=" : "~", choice);
                    Close(sb, null);
                    string answerA = q.CorrectIndex >= 0 ? q.Choices[q.CorrectIndex].Text : "";
                    WriteComments(sb, q);
                    sb.Append("::").Append(GiftText.Escape(q.Id + "-evidence")).Append("::")
                        .Append(GiftText.Escape($"{q.Prompt} Answer: {answerA}. {q.EvidencePrompt}")).Append(" {\n");
                    foreach (var evidence in q.Evidence)
                        sb.Append(evidence.IsCorrect ? "  =" : "  ~").Append(GiftText.Escape(evidence.Text)).Append('\n');
                    Close(sb, q.Explanation);
                    break;
                }
            case WhoSaidWhatQuestion q:
                Note($"who-said-what question \"{q.Id}\" not exported here: export its quiz with the event so the speakers are known");
                break;
            default:
                Note($"question \"{question.Id}\" of type {question.TypeKey} not exported: GIFT has no such question type");
                break;
        }
    }

    private static void WriteComments(StringBuilder sb, Question question)
    {
        sb.Append("// skill: ").Append(question.Skill.Key()).Append('\n');
        if (question.ArticleIds.Count > 0)
            sb.Append("// articles: ").Append(string.Join(", ", question.ArticleIds)).Append('\n');
    }

    private static void Open(StringBuilder sb, Question question, string prompt, bool inline = false)
    {
        WriteComments(sb, question);
        sb.Append("::").Append(GiftText.Escape(question.Id)).Append("::").Append(GiftText.Escape(prompt));
        sb.Append(inline ? " {" : " {\n");
    }

    private static void Close(StringBuilder sb, string? explanation)
    {
        if (explanation is { Length: > 0 })
            sb.Append("  ####").Append(GiftText.Escape(explanation)).Append('\n');
        sb.Append("}\n\n");
    }

    private static void AppendChoice(StringBuilder sb, string marker, Choice choice)
    {
        sb.Append("  ").Append(marker).Append(GiftText.Escape(choice.Text));
        if (choice.Feedback is { Length: > 0 } feedback)
            sb.Append(" #").Append(GiftText.Escape(feedback));
        sb.Append('\n');
    }

    /// <summary>Moodle only accepts the grades of its list, written with five decimals (33.33333).</summary>
    private static string Weight(decimal percent) =>
        Math.Round(percent, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
