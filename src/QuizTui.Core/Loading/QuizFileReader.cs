using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Loading;

/// <summary>
/// Reads one file of a pack's quizzes/ folder: the keys every quiz has, then those of its kind.
/// Quizzes are read after every article, so their questions see every quotation and key point.
/// </summary>
internal static class QuizFileReader
{
    public static void Read(ContentFile file, FileReport report, PackContent pack)
    {
        if (YamlDocuments.ReadMapping(file, report) is not { } root)
            return;
        var kindNode = root.Pairs.FirstOrDefault(p => p.Key.IsScalar && p.Key.Value == "kind").Value;
        string? kind = kindNode is { IsScalar: true, IsNull: false } ? kindNode.Value.Trim() : null;
        var keys = kind is not null && ContentKeys.QuizzesByKind.TryGetValue(kind, out var k) ? k : ContentKeys.AnyQuiz;
        var f = new Fields(new TypedValues(report), root, keys);
        string? id = f.Id("id");
        pack.Ids.Register("quiz", id, f.Value("id"), report);
        string? title = f.Text("title");
        string? description = f.Text("description");
        kind = f.Text("kind");
        var location = report.Where(root);
        Quiz? quiz = null;
        switch (kind)
        {
            case "who-said-what":
                quiz = WhoSaidWhatType.ReadQuiz(f, pack, id, title, description, location);
                break;
            case "comprehension":
                quiz = ReadComprehension(f, pack, id, title, description, location);
                break;
            case null:
                break;
            default:
                report.Report(DiagnosticCodes.UnknownKind, f.At("kind"),
                    $"unknown quiz kind `{kind}`.{Suggestions.DidYouMean(kind, ContentKeys.QuizKinds)} Use `who-said-what` or `comprehension`.");
                break;
        }
        if (quiz is not null)
            pack.Quizzes.Add(quiz);
    }

    private static ComprehensionQuiz? ReadComprehension(Fields f, PackContent pack, string? id, string? title, string? description, SourceLocation location)
    {
        string? articleId = f.Id("article");
        if (articleId is not null)
            pack.References.Refer(RefKind.Article, articleId, f.At("article"), "the quiz", f.File);
        var items = f.List("questions");
        if (items is { Count: 0 })
            f.Report(DiagnosticCodes.EmptyQuiz, f.KeyAt("questions"), "the quiz has no questions; add some under `questions`.");
        var questions = new List<Question>();
        foreach (var item in items ?? [])
        {
            if (QuestionEntryReader.Read(item, articleId, f.Values, pack) is { } question)
                questions.Add(question);
        }
        return id is null || title is null ? null : new ComprehensionQuiz(id, title, description, location, articleId, questions);
    }
}
