using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary><c>true-false</c>: a statement and whether it is true.</summary>
public sealed class TrueFalseType : WrittenQuestionType<TrueFalseQuestion>
{
    public static readonly TrueFalseType Instance = new();

    private TrueFalseType()
    {
    }

    public override string Key => "true-false";

    public override KeySet Keys { get; } = QuestionKeys.For("true-false", "a true-false question", ["answer"], ["answer"]);

    internal override GiftForm? ReadsGift => GiftForm.TrueFalse;

    private protected override TrueFalseQuestion Read(QuestionEntry entry)
    {
        var f = entry.Fields;
        bool answer = false;
        if (f.Value("answer") is { } v && !Fields.TryBool(v, out answer))
        {
            string hint = v.IsScalar && v.Value.Trim().ToLowerInvariant() is "yes" or "no" or "y" or "n" or "on" or "off"
                ? " (YAML `yes`/`no` are not booleans here)"
                : "";
            f.Report(DiagnosticCodes.TrueFalseAnswer, v, $"a true-false `answer` must be `true` or `false`, not {TypedValues.Shown(v)}{hint}.");
        }
        return new TrueFalseQuestion(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, answer);
    }

    protected override void WriteYaml(TrueFalseQuestion question, YamlText yaml) => yaml.Raw(KeyColumn, "answer", YamlText.Bool(question.Answer));

    /// <summary>True or False, picked by t or f too.</summary>
    protected override AnswerState NewAnswerState(TrueFalseQuestion question, PresentedQuestion shown) =>
        new ChoiceListState(shown,
            [new AnswerOption("True", question.Answer, 't'), new AnswerOption("False", !question.Answer, 'f')],
            index => new TrueFalseAnswer(index == 0));

    protected override void WriteJson(TrueFalseQuestion question, JsonFields json) => json.Add("answer", question.Answer);

    private protected override void WriteGift(TrueFalseQuestion question, GiftOutput gift)
    {
        gift.Open(question, question.Prompt, inline: true);
        gift.Text.Append(question.Answer ? "TRUE" : "FALSE");
        if (question.Explanation is { Length: > 0 } explanation)
            gift.Text.Append("####").Append(GiftText.Escape(explanation));
        gift.Text.Append("}\n\n");
    }

    internal override bool TryReadGift(GiftSource source, out Question? question)
    {
        var match = source.TrueFalse!;
        bool answer = match.Groups[1].Value.StartsWith('T') || match.Groups[1].Value.StartsWith('t');
        // Moodle: the first feedback is shown for a wrong answer, the second for a right one.
        var feedback = new[] { match.Groups[2].Value, match.Groups[3].Value }
            .Select(source.Text)
            .Where(f => f.Length > 0)
            .Distinct()
            .ToList();
        string? explanation = source.Explanation;
        if (feedback.Count > 0)
        {
            source.Note(source.Line, $"true/false feedback of \"{source.Label}\" not converted as such (our true-false questions have no per-answer feedback): kept in the explanation");
            explanation = string.Join("\n", new[] { explanation }.Concat(feedback).Where(f => !string.IsNullOrEmpty(f)));
        }
        var (id, skill, articles, location) = source.Common();
        question = new TrueFalseQuestion(id, source.Prompt, explanation, skill, articles, location, answer);
        return true;
    }
}
