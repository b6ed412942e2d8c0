using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Authoring;

/// <summary>Choices for <see cref="QuizYamlWriter"/>.</summary>
public sealed record QuizYamlOptions
{
    /// <summary>The <c>$schema</c> path or URL for the first line; none when null.</summary>
    public string? SchemaPath { get; init; } = "../.schemas/quiz.schema.json";

    /// <summary>Comment lines written at the top of the file, after the schema line.</summary>
    public IReadOnlyList<string> HeaderComments { get; init; } = [];

    /// <summary>Question ids whose skill was guessed: their <c>skill:</c> line asks the instructor to set it.</summary>
    public IReadOnlySet<string> SkillsToReview { get; init; } = new HashSet<string>();

    /// <summary>Comments written above a question, by question id (for example what an import could not convert).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> QuestionComments { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>
/// Writes a quiz as YAML in the content format (docs/content-format.md), laid out as an
/// instructor would write it by hand: keys in the documented order, block scalars for long
/// text, quotes only where needed.
/// </summary>
public static class QuizYamlWriter
{
    public const string SkillReviewComment = "set the skill: main-idea, detail, inference, vocabulary, sourcing, comparison, purpose-and-framing or evaluating-evidence";

    public static string Write(Quiz quiz, QuizYamlOptions? options = null)
    {
        options ??= new QuizYamlOptions();
        var y = new YamlText();
        if (options.SchemaPath is { } schema)
            y.Line("# yaml-language-server: $schema=" + schema);
        foreach (string comment in options.HeaderComments)
            y.Comment(0, comment);
        y.Key(0, "id", quiz.Id);
        y.Key(0, "kind", quiz.KindKey);
        y.Key(0, "title", quiz.Title);
        if (quiz.Description is { Length: > 0 } description)
            y.Key(0, "description", description);
        switch (quiz)
        {
            case ComprehensionQuiz c:
                WriteComprehension(y, c, options);
                break;
            case WhoSaidWhatQuiz w:
                WhoSaidWhatType.WriteQuizYaml(y, w);
                break;
        }
        return y.ToString();
    }

    private static void WriteComprehension(YamlText y, ComprehensionQuiz quiz, QuizYamlOptions options)
    {
        if (quiz.ArticleId is { } article)
            y.Key(0, "article", article);
        if (quiz.Questions.Count == 0)
        {
            y.Raw(0, "questions", "[]");
            return;
        }
        y.Open(0, "questions");
        bool first = true;
        foreach (var question in quiz.Questions)
        {
            if (!first)
                y.BlankLine();
            first = false;
            if (options.QuestionComments.TryGetValue(question.Id, out var comments))
            {
                foreach (string comment in comments)
                    y.Comment(2, comment);
            }
            WriteQuestion(y, question, options.SkillsToReview.Contains(question.Id), quiz.ArticleId);
        }
    }

    /// <summary>One question as a list item at indent 2 (keys at column 4).</summary>
    public static void WriteQuestion(YamlText y, Question question, bool reviewSkill = false, string? quizArticleId = null)
    {
        const int k = 4;
        y.Key(k, "id", question.Id, item: true);
        y.Key(k, "type", question.TypeKey);
        y.Key(k, "prompt", question.Prompt);
        y.Key(k, "skill", question.Skill.Key(), comment: reviewSkill ? SkillReviewComment : null);
        // The quiz's article is the default; only other lists are written.
        if (question.ArticleIds.Count > 0 && !(quizArticleId is not null && question.ArticleIds.SequenceEqual([quizArticleId])))
            y.Raw(k, "articles", YamlText.FlowList(question.ArticleIds));
        // Each type writes its own keys; a question of a type not written in quizzes (who-said-what) has none.
        if (question.Type is IWrittenQuestionType written)
            written.WriteYaml(question, y);
        if (question.Explanation is { Length: > 0 } explanation)
            y.Key(k, "explanation", explanation);
    }
}
