using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary><c>single-choice</c>: choices, exactly one of them right.</summary>
public sealed class SingleChoiceType : WrittenQuestionType<SingleChoiceQuestion>
{
    public static readonly SingleChoiceType Instance = new();

    private SingleChoiceType()
    {
    }

    public override string Key => "single-choice";

    public override KeySet Keys { get; } = QuestionKeys.For("single-choice", "a single-choice question", ["choices"], ["choices"]);

    public override IReadOnlyList<KeySet> NestedKeys => [ChoiceList.Keys];

    internal override GiftForm? ReadsGift => GiftForm.MultipleChoice;

    private protected override SingleChoiceQuestion Read(QuestionEntry entry) =>
        new(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, ChoiceList.Read(entry.Fields, single: true));

    protected override void WriteYaml(SingleChoiceQuestion question, YamlText yaml) => ChoiceList.WriteYaml(yaml, question.Choices);

    /// <summary>Picking a choice answers.</summary>
    protected override AnswerState NewAnswerState(SingleChoiceQuestion question, PresentedQuestion shown) =>
        new ChoiceListState(shown,
            [.. shown.OptionOrder.Select(i => new AnswerOption(question.Choices[i].Text, question.Choices[i].IsCorrect))],
            index => new ChoiceAnswer([shown.OptionOrder[index]]));

    protected override void WriteJson(SingleChoiceQuestion question, JsonFields json) => json.Add("choices", ChoiceList.Json(question.Choices));

    private protected override void WriteGift(SingleChoiceQuestion question, GiftOutput gift)
    {
        gift.Open(question, question.Prompt);
        foreach (var choice in question.Choices)
            gift.Answer(choice.IsCorrect ? "=" : "~", choice);
        gift.Close(question.Explanation);
    }

    /// <summary>A GIFT choice block with one right answer; several right ones are multiple-answers.</summary>
    internal override bool TryReadGift(GiftSource source, out Question? question)
    {
        question = null;
        if (source.Choices is not { } choices)
            return true;
        if (choices.Right.Count != 1)
            return false;
        var (id, skill, articles, location) = source.Common();
        var right = choices.Right[0];
        if (right.Weight != 100)
            source.Note(right.Part.Line, $"weight {GiftSource.FormatWeight(right.Weight)} of \"{right.Choice.Text}\" not expressible: converted as the one right answer, worth full credit");
        foreach (var penalty in choices.All.Where(c => c.Weight < 0))
            source.Note(penalty.Part.Line, $"penalty {GiftSource.FormatWeight(penalty.Weight)} of \"{penalty.Choice.Text}\" not converted: a wrong single choice scores zero");
        question = new SingleChoiceQuestion(id, source.Prompt, source.Explanation, skill, articles, location, choices.Choices);
        return true;
    }

    protected override PresentedQuestion Present(SingleChoiceQuestion question, Random random) =>
        new(question, Shuffling.Permutation(question.Choices.Count, random), []);
}
