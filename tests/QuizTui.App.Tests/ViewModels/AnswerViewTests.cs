using QuizTui.App.Tests.Support;
using QuizTui.Core.Loading;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using QuizTui.Core.Tests.Docs;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

/// <summary>The quiz screen draws every registered question type, tried on the type's examples in the docs.</summary>
public sealed class AnswerViewTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "quiztui-views-" + Guid.NewGuid().ToString("N"));

    public AnswerViewTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> TypeKeys()
    {
        var data = new TheoryData<string>();
        foreach (var type in QuestionTypes.All)
            data.Add(type.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void Every_question_type_is_drawn_by_the_quiz_screen_with_its_options_and_keys(string key)
    {
        GuideExamples.FromDocs(Path.Combine(AppContext.BaseDirectory, "docs")).WriteGood(_folder);
        var library = ContentLoader.LoadDirectories([_folder]).Library;
        var shown = library.Events
            .SelectMany(e => e.Quizzes.SelectMany(q => QuizSessionBuilder.Start(e, q, seed: 1, FixedClock.TestDay).Questions))
            .Where(p => p.Question.TypeKey == key)
            .ToList();
        Assert.NotEmpty(shown);

        foreach (var question in shown)
        {
            var view = AnswerView.For(question, AppKeys.Default);
            var doc = new Document();
            view.Render(doc);

            Assert.IsNotType<NoView>(view);
            Assert.Contains(doc.Blocks, b => b is Para);
            Assert.Contains(view.Keys(), k => k.Command is UiCommand.Accept or UiCommand.Pick);
        }
    }
}
