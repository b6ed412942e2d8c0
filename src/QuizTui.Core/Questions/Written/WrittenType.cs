using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary>
/// <c>written</c>: the learner types a few sentences, then sees a model answer and a checklist of
/// what a good answer contains, ticks the points their text has, and scores the share ticked.
/// </summary>
public sealed class WrittenType : WrittenQuestionType<WrittenQuestion>
{
    public static readonly WrittenType Instance = new();

    /// <summary>
    /// The most points a checklist may have: a learner ticks them with the model answer in view,
    /// and more than a screen's worth stops being a checklist.
    /// </summary>
    public const int MaxChecklist = 8;

    /// <summary>The GIFT comment lines that carry the model answer and the checklist, which GIFT essays do not have.</summary>
    internal const string ModelAnswerComment = "model-answer";
    internal const string ChecklistComment = "checklist";

    private WrittenType()
    {
    }

    public override string Key => "written";

    public override KeySet Keys { get; } = QuestionKeys.For("written", "a written question", ["model_answer", "checklist"], ["model_answer", "checklist"]);

    internal override GiftForm? ReadsGift => GiftForm.Essay;

    private protected override WrittenQuestion Read(QuestionEntry entry)
    {
        var f = entry.Fields;
        string modelAnswer = f.Text("model_answer") ?? "";
        var checklist = f.TextList("checklist") ?? [];
        if (f.List("checklist") is { Count: 0 })
            f.Report(DiagnosticCodes.EmptyValue, f.KeyAt("checklist"), "`checklist` is empty; list what a good answer contains, one point per line.");
        if (checklist.Count > MaxChecklist)
        {
            f.Report(DiagnosticCodes.LongChecklist, f.KeyAt("checklist"),
                $"`checklist` has {checklist.Count} points; keep it to {MaxChecklist} at most, so a learner can tick it with the model answer in view (merge or drop points).");
        }
        return new WrittenQuestion(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, modelAnswer, checklist);
    }

    protected override void WriteYaml(WrittenQuestion question, YamlText yaml)
    {
        yaml.Key(KeyColumn, "model_answer", question.ModelAnswer);
        yaml.Open(KeyColumn, "checklist");
        foreach (string point in question.Checklist)
            yaml.Item(KeyColumn + 2, point);
    }

    /// <summary>Typed in an editor, then checked against the checklist.</summary>
    protected override AnswerState NewAnswerState(WrittenQuestion question, PresentedQuestion shown) =>
        new WrittenState(shown, question.ModelAnswer, question.Checklist);

    protected override void WriteJson(WrittenQuestion question, JsonFields json) =>
        json.Add("model_answer", question.ModelAnswer).Add("checklist", question.Checklist);

    /// <summary>
    /// A GIFT essay (<c>{}</c>). GIFT essays have no model answer or checklist, so both travel in
    /// comment lines before the question, which Moodle ignores and our GIFT reader reads back.
    /// </summary>
    private protected override void WriteGift(WrittenQuestion question, GiftOutput gift)
    {
        gift.Note(question,
            $"written question \"{question.Id}\" exported as an essay: Moodle does not score essays, a teacher grades each one by hand, "
            + $"and its students see neither the model answer nor the checklist, which travel in `// {ModelAnswerComment}:` and `// {ChecklistComment}:` comments Moodle ignores (quiztui import gift reads them back)");
        gift.Comments(question);
        foreach (string line in question.ModelAnswer.Split('\n'))
            gift.Comment(ModelAnswerComment, line);
        foreach (string point in question.Checklist)
            gift.Comment(ChecklistComment, point.ReplaceLineEndings(" "));
        gift.Title(question.Id, question.Prompt);
        gift.Close(question.Explanation);
    }

    /// <summary>
    /// A GIFT essay, with the model answer and the checklist from the comments before it. A model
    /// answer not given in comments is taken from the general feedback; a checklist cannot be made up.
    /// </summary>
    internal override bool TryReadGift(GiftSource source, out Question? question)
    {
        question = null;
        var modelLines = source.CommentValues(ModelAnswerComment);
        var checklist = source.CommentValues(ChecklistComment).Where(p => p.Length > 0).ToList();
        string? explanation = source.Explanation;
        string modelAnswer = string.Join("\n", modelLines).Trim();
        if (checklist.Count == 0)
        {
            source.Note(source.Line,
                $"essay question \"{source.Label}\" not converted: a written question needs a checklist of what a good answer contains; "
                + $"put one `// {ChecklistComment}: ...` line per point (and `// {ModelAnswerComment}: ...` lines) before it and import again");
            return true;
        }
        if (modelAnswer.Length == 0)
        {
            if (explanation is null)
            {
                source.Note(source.Line,
                    $"essay question \"{source.Label}\" not converted: a written question needs a model answer; put it in `// {ModelAnswerComment}: ...` lines before the question, or in its general feedback (####)");
                return true;
            }
            source.Note(source.Line, $"essay question \"{source.Label}\": its general feedback (####) is taken as the model answer");
            modelAnswer = explanation;
            explanation = null;
        }
        var (id, skill, articles, location) = source.Common();
        question = new WrittenQuestion(id, source.Prompt, explanation, skill, articles, location, modelAnswer, checklist);
        return true;
    }
}
