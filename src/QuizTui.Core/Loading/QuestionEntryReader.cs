using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Loading;

/// <summary>
/// Reads one entry of a comprehension quiz's <c>questions</c>: the keys every question has, then
/// those of its type, read by the type (<see cref="QuestionTypes"/>).
/// </summary>
internal static class QuestionEntryReader
{
    public static Question? Read(YamlTree node, string? quizArticle, TypedValues values, PackContent pack)
    {
        var report = values.File;
        if (node.Kind != YamlKind.Mapping)
        {
            report.Report(DiagnosticCodes.MappingExpected, node, $"a question must be written as `key: value` lines (`- id: …`), not {node.Describe()}.");
            return null;
        }
        var typeNode = node.Pairs.FirstOrDefault(p => p.Key.IsScalar && p.Key.Value == "type").Value;
        string? typeKey = typeNode is { IsScalar: true, IsNull: false } ? typeNode.Value.Trim() : null;
        var keys = typeKey is not null && ContentKeys.QuestionsByType.TryGetValue(typeKey, out var k) ? k : ContentKeys.AnyQuestion;
        var f = new Fields(values, node, keys);

        string? id = f.Id("id");
        pack.Ids.Register("question", id, f.Value("id"), report);
        string? type = f.Text("type");
        if (type is not null && !ContentKeys.QuestionsByType.ContainsKey(type))
        {
            report.Report(DiagnosticCodes.UnknownType, f.At("type"),
                $"unknown question type `{type}`.{Suggestions.DidYouMean(type, ContentKeys.QuestionTypeKeys)} Use one of: {string.Join(", ", ContentKeys.QuestionTypeKeys)}.");
        }
        string? prompt = f.Text("prompt");
        if (prompt is { Length: > ContentKeys.MaxPromptLength })
        {
            report.Report(DiagnosticCodes.LongPrompt, f.At("prompt"),
                $"the prompt is {prompt.Length} characters, more than a screen ({ContentKeys.MaxPromptLength}); shorten it or move detail to the explanation.");
        }
        string? explanation = f.Text("explanation");
        if (explanation is null)
            report.Report(DiagnosticCodes.MissingExplanation, node, "the question has no `explanation`; add one saying where in which article the answer is found.");
        Skill skill = default;
        bool skillOk = false;
        if (f.Text("skill") is { } skillKey)
        {
            skillOk = ContentKeys.Skills.Contains(skillKey) && Skills.TryParse(skillKey, out skill);
            if (!skillOk)
            {
                report.Report(DiagnosticCodes.UnknownSkill, f.At("skill"),
                    $"unknown skill `{skillKey}`.{Suggestions.DidYouMean(skillKey, ContentKeys.Skills)} Use one of: {string.Join(", ", ContentKeys.Skills)}.");
            }
        }

        var articleIds = pack.References.IdList(values, f.List("articles"), "articles", RefKind.Article, "a question");
        if (articleIds.Count == 0 && quizArticle is not null)
            articleIds = [quizArticle];
        if (articleIds.Count == 0 && quizArticle is null && !(f.Value("articles") is { Kind: YamlKind.Sequence, Items.Count: > 0 }))
        {
            report.Report(DiagnosticCodes.QuestionWithoutArticles, f.KeyAt("articles"),
                "this event-level quiz has no `article`, so each question must list the `articles` it rests on; add `articles: [article-id]`.");
        }

        if (type is null || !QuestionTypes.Written.TryGetValue(type, out var questionType))
            return null;
        var entry = new QuestionEntry(f, pack, id ?? "", prompt ?? "", explanation, skill, articleIds, report.Where(node));
        var question = questionType.Read(entry);
        return id is not null && prompt is not null && skillOk ? question : null;
    }
}
