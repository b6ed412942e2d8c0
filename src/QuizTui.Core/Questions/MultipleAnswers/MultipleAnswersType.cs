using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary><c>multiple-answers</c>: choices, any number of them right; the learner picks all that apply.</summary>
public sealed class MultipleAnswersType : WrittenQuestionType<MultipleAnswersQuestion>
{
    public static readonly MultipleAnswersType Instance = new();

    private MultipleAnswersType()
    {
    }

    public override string Key => "multiple-answers";

    public override KeySet Keys { get; } = QuestionKeys.For("multiple-answers", "a multiple-answers question", ["choices"], ["choices"]);

    public override IReadOnlyList<KeySet> NestedKeys => [ChoiceList.Keys];

    internal override GiftForm? ReadsGift => GiftForm.MultipleChoice;

    private protected override MultipleAnswersQuestion Read(QuestionEntry entry) =>
        new(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, ChoiceList.Read(entry.Fields, single: false));

    protected override void WriteYaml(MultipleAnswersQuestion question, YamlText yaml) => ChoiceList.WriteYaml(yaml, question.Choices);

    /// <summary>Choices are ticked, then submitted together.</summary>
    protected override AnswerState NewAnswerState(MultipleAnswersQuestion question, PresentedQuestion shown) =>
        new MultipleAnswersState(shown,
            [.. shown.OptionOrder.Select(i => new AnswerOption(question.Choices[i].Text, question.Choices[i].IsCorrect))],
            shown.OptionOrder);

    protected override void WriteJson(MultipleAnswersQuestion question, JsonFields json) => json.Add("choices", ChoiceList.Json(question.Choices));

    /// <summary>Each right choice earns an equal share and each wrong one takes a share off, as the app grades it.</summary>
    private protected override void WriteGift(MultipleAnswersQuestion question, GiftOutput gift)
    {
        int right = Math.Max(1, question.Choices.Count(c => c.IsCorrect));
        string share = GiftOutput.Weight(100m / right);
        gift.Open(question, question.Prompt);
        foreach (var choice in question.Choices)
            gift.Answer(choice.IsCorrect ? $"~%{share}%" : $"~%-{share}%", choice);
        gift.Close(question.Explanation);
    }

    /// <summary>A GIFT choice block with several right answers.</summary>
    internal override bool TryReadGift(GiftSource source, out Question? question)
    {
        question = null;
        if (source.Choices is not { } choices)
            return true;
        var right = choices.Right;
        if (right.Count < 2)
            return false;
        var (id, skill, articles, location) = source.Common();
        if (right.All(r => r.Weight == 100) && right.All(r => r.Part.Marker == '=' && r.Part.Weight is null))
        {
            source.Note(source.Line, $"question \"{source.Label}\" has {right.Count} answers marked = (each right on its own in Moodle): not expressible as one single choice; converted to multiple-answers, where the learner picks all of them");
        }
        else
        {
            decimal share = 100m / right.Count;
            bool equalShares = right.All(r => Math.Abs(r.Weight - share) < 0.01m);
            bool equalPenalties = choices.All.Where(c => c.Weight <= 0).All(c => Math.Abs(c.Weight + share) < 0.01m);
            if (!equalShares || !equalPenalties)
            {
                string weights = string.Join(", ", choices.All.Select(c => GiftSource.FormatWeight(c.Weight)));
                source.Note(source.Line, $"weights {weights} of \"{source.Label}\" not expressible: our multiple-answers gives each right choice an equal share of the credit and takes one share off per wrong pick; choices with a positive weight are kept as right, the others as wrong");
            }
        }
        question = new MultipleAnswersQuestion(id, source.Prompt, source.Explanation, skill, articles, location, choices.Choices);
        return true;
    }

    protected override PresentedQuestion Present(MultipleAnswersQuestion question, Random random) =>
        new(question, Shuffling.Permutation(question.Choices.Count, random), []);
}
