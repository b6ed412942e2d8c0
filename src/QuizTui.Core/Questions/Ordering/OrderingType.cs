using System.Globalization;
using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary><c>ordering</c>: items written in their right order, shown shuffled.</summary>
public sealed class OrderingType : WrittenQuestionType<OrderingQuestion>
{
    public const int MinItems = 3;

    public static readonly OrderingType Instance = new();

    private OrderingType()
    {
    }

    public override string Key => "ordering";

    public override KeySet Keys { get; } = QuestionKeys.For("ordering", "an ordering question", ["items"], ["items"]);

    private protected override OrderingQuestion Read(QuestionEntry entry)
    {
        var f = entry.Fields;
        var items = f.TextList("items");
        if (items is not null && items.Count < MinItems)
            f.Report(DiagnosticCodes.TooFewItems, f.KeyAt("items"), $"an ordering question needs at least {MinItems} items; it has {items.Count}.");
        return new OrderingQuestion(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, items ?? []);
    }

    protected override void WriteYaml(OrderingQuestion question, YamlText yaml)
    {
        yaml.Open(KeyColumn, "items", comment: "in the right order; shown shuffled");
        foreach (string item in question.Items)
            yaml.Item(KeyColumn + 2, item);
    }

    protected override AnswerState NewAnswerState(OrderingQuestion question, PresentedQuestion shown) =>
        new OrderingState(shown, question.Items, shown.OptionOrder);

    protected override void WriteJson(OrderingQuestion question, JsonFields json) => json.Add("items", question.Items);

    /// <summary>GIFT has no ordering: each item is matched with its place instead.</summary>
    private protected override void WriteGift(OrderingQuestion question, GiftOutput gift)
    {
        gift.Note(question, $"ordering question \"{question.Id}\" exported as a matching question (each item matched with its place, 1 = first): GIFT has no ordering questions, and Moodle gives partial credit per item where the app needs the whole order");
        gift.Open(question, $"{question.Prompt} Match each item with its place in the order (1 = first).");
        for (int i = 0; i < question.Items.Count; i++)
            gift.Text.Append("  =").Append(GiftText.Escape(question.Items[i])).Append(" -> ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append('\n');
        gift.Close(question.Explanation);
    }

    /// <summary>The items start out of order.</summary>
    protected override PresentedQuestion Present(OrderingQuestion question, Random random) =>
        new(question, Shuffling.Derangement(question.Items.Count, random), []);
}
