using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary><c>short-answer</c>: a word or two typed, checked against the accepted answers.</summary>
public sealed class ShortAnswerType : WrittenQuestionType<ShortAnswerQuestion>
{
    public static readonly ShortAnswerType Instance = new();

    private ShortAnswerType()
    {
    }

    public override string Key => "short-answer";

    public override KeySet Keys { get; } = QuestionKeys.For("short-answer", "a short-answer question", ["accepted"], ["accepted"]);

    internal override GiftForm? ReadsGift => GiftForm.ShortAnswer;

    private protected override ShortAnswerQuestion Read(QuestionEntry entry)
    {
        var f = entry.Fields;
        var accepted = new List<string>();
        var list = f.List("accepted");
        if (list is { Count: 0 })
            f.Report(DiagnosticCodes.EmptyValue, f.KeyAt("accepted"), "`accepted` is empty; list at least one accepted answer.");
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list ?? [])
        {
            if (!item.IsScalar)
            {
                f.Values.AsText(item, "accepted");
                continue;
            }
            string answer = item.Value.Trim();
            if (item.IsNull || answer.Length == 0 || TextFolding.FoldForAnswer(answer).Length == 0)
            {
                f.Report(DiagnosticCodes.EmptyAcceptedAnswer, item, "an accepted answer is empty (or only punctuation), so it can never match; remove it.");
                continue;
            }
            if (!folded.Add(TextFolding.FoldForAnswer(answer)))
                f.Report(DiagnosticCodes.RepeatedText, item, $"`{answer}` is accepted twice (case, punctuation and spacing are ignored); remove the repeat.");
            accepted.Add(answer);
        }
        return new ShortAnswerQuestion(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, accepted);
    }

    protected override void WriteYaml(ShortAnswerQuestion question, YamlText yaml)
    {
        yaml.Open(KeyColumn, "accepted");
        foreach (string accepted in question.Accepted)
            yaml.Item(KeyColumn + 2, accepted);
    }

    /// <summary>The answer is typed; spaces around it do not count.</summary>
    protected override AnswerState NewAnswerState(ShortAnswerQuestion question, PresentedQuestion shown) =>
        new TypedAnswerState(shown, expectsNumber: false, unit: null, text => new TextAnswer(text.Trim()));

    protected override void WriteJson(ShortAnswerQuestion question, JsonFields json) => json.Add("accepted", question.Accepted);

    private protected override void WriteGift(ShortAnswerQuestion question, GiftOutput gift)
    {
        gift.Open(question, question.Prompt);
        foreach (string accepted in question.Accepted)
            gift.Answer("=", accepted);
        gift.Close(question.Explanation);
    }

    internal override bool TryReadGift(GiftSource source, out Question? question)
    {
        question = null;
        var accepted = new List<string>();
        foreach (var part in source.Parts("="))
        {
            string answer = source.Text(part.RawText);
            if (answer.Length == 0)
                continue;
            decimal weight = part.Weight ?? 100;
            if (weight < 100)
            {
                source.Note(part.Line, $"answer \"{answer}\" ({GiftSource.FormatWeight(weight)}) not converted: short answers are either accepted in full or wrong");
                continue;
            }
            if (part.Feedback is not null)
                source.Note(part.Line, $"feedback \"{GiftText.Excerpt(part.Feedback)}\" for answer \"{answer}\" not converted: short answers have no per-answer feedback");
            // Answers are compared ignoring case, punctuation and spacing, so "Varga" and "varga" are one.
            if (!accepted.Any(a => TextFolding.FoldForAnswer(a) == TextFolding.FoldForAnswer(answer)))
                accepted.Add(answer);
        }
        if (accepted.Count == 0)
        {
            source.Note(source.Line, $"short-answer question \"{source.Label}\" not converted: no answer is accepted in full");
            return true;
        }
        var (id, skill, articles, location) = source.Common();
        question = new ShortAnswerQuestion(id, source.Prompt, source.Explanation, skill, articles, location, accepted);
        return true;
    }
}
