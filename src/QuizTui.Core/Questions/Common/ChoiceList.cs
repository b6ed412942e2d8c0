using QuizTui.Core.Authoring;
using QuizTui.Core.Export;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;

namespace QuizTui.Core.Questions;

/// <summary>
/// The <c>choices</c> of the types that offer choices (single-choice, multiple-answers, evidence
/// part A): read from YAML, written as YAML, JSON and GIFT lines, and read from a GIFT answer block.
/// </summary>
internal static class ChoiceList
{
    public static readonly KeySet Keys = new("choice", "a choice",
        ["text", "correct", "feedback"],
        ["text"]);

    /// <summary>Reads <c>choices</c>; <paramref name="single"/> when exactly one may be correct.</summary>
    public static List<Choice> Read(Fields f, bool single)
    {
        var choices = new List<Choice>();
        var list = f.List("choices");
        if (list is null)
            return choices;
        if (list.Count < 2)
            f.Report(DiagnosticCodes.TooFewChoices, f.KeyAt("choices"), $"a question needs at least 2 choices; it has {list.Count}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int correctCount = 0;
        bool allRead = true;
        foreach (var item in list)
        {
            if (f.Values.AsFields(item, Keys, "choices") is not { } cf)
            {
                allRead = false;
                continue;
            }
            string? text = cf.Text("text");
            bool? correct = cf.Bool("correct");
            if (cf.Has("correct") && correct is null && cf.Value("correct") is not null)
                allRead = false;
            if (correct == true)
            {
                correctCount++;
                if (single && correctCount == 2)
                {
                    f.Report(DiagnosticCodes.SeveralCorrectChoices, cf.At("correct"),
                        "more than one choice is marked `correct: true`, but this question takes exactly one; mark only the right one (or use type multiple-answers).");
                }
            }
            if (text is null)
            {
                allRead = false;
                continue;
            }
            if (!seen.Add(Fields.FoldForRepeats(text)))
                f.Report(DiagnosticCodes.RepeatedText, cf.At("text"), $"the choice `{text}` is offered twice in this question; remove or reword one.");
            choices.Add(new Choice(text, correct == true, cf.Text("feedback")));
        }
        if (correctCount == 0 && allRead && list.Count > 0)
        {
            f.Report(DiagnosticCodes.NoCorrectChoice, f.KeyAt("choices"),
                single ? "no choice is marked `correct: true`; mark the right one." : "no choice is marked `correct: true`; mark every right one.");
        }
        return choices;
    }

    public static void WriteYaml(YamlText y, IReadOnlyList<Choice> choices)
    {
        y.Open(4, "choices");
        foreach (var choice in choices)
        {
            y.Key(8, "text", choice.Text, item: true);
            if (choice.IsCorrect)
                y.Raw(8, "correct", "true");
            if (choice.Feedback is { Length: > 0 } feedback)
                y.Key(8, "feedback", feedback);
        }
    }

    public static IReadOnlyList<ChoiceJson> Json(IReadOnlyList<Choice> choices) =>
        [.. choices.Select(c => new ChoiceJson(c.Text, c.IsCorrect, c.Feedback))];

    /// <summary>The choices of a GIFT answer block, or null when it has none right or fewer than two (noted).</summary>
    public static GiftChoices? ReadGift(GiftSource source)
    {
        var choices = new List<GiftChoice>();
        foreach (var part in source.Parts("=~"))
        {
            string choiceText = source.Text(part.RawText);
            if (choiceText.Length == 0)
            {
                source.Note(part.Line, $"empty answer of \"{source.Label}\" not converted");
                continue;
            }
            decimal weight = part.Weight ?? (part.Marker == '=' ? 100 : 0);
            choices.Add(new GiftChoice(new Choice(choiceText, weight > 0, part.Feedback), weight, part));
        }
        var right = choices.Where(c => c.Weight > 0).ToList();
        if (right.Count == 0)
        {
            source.Note(source.Line, $"question \"{source.Label}\" not converted: no answer is marked right (= or a positive %weight%)");
            return null;
        }
        if (choices.Count < 2)
        {
            source.Note(source.Line, $"question \"{source.Label}\" not converted: a choice question needs at least two answers");
            return null;
        }
        return new GiftChoices(choices, right);
    }
}

/// <summary>A choice read from GIFT, with its weight (100 for <c>=</c>, 0 for <c>~</c>, or its <c>%n%</c>) and where it was.</summary>
internal sealed record GiftChoice(Choice Choice, decimal Weight, GiftPart Part);

/// <summary>The choices of a GIFT answer block, and those with a positive weight.</summary>
internal sealed record GiftChoices(IReadOnlyList<GiftChoice> All, IReadOnlyList<GiftChoice> Right)
{
    public List<Choice> Choices => [.. All.Select(c => c.Choice)];
}
