using QuizTui.App.Tests.Support;
using QuizTui.App.Tui.ViewModels;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;

namespace QuizTui.App.Tests.ViewModels;

public class AnswerViewTests
{
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
        var ev = Sample.Event();
        var shown = ev.Quizzes
            .SelectMany(q => QuizSessionBuilder.Start(ev, q, seed: 1, FixedClock.TestDay).Questions)
            .FirstOrDefault(p => p.Question.TypeKey == key);
        Assert.True(shown is not null, $"Sample.Event() has no {key} question: add one, so the screen is tried on it");

        var view = AnswerView.For(shown);
        var doc = new Document();
        view.Render(doc);

        Assert.IsNotType<NoView>(view);
        Assert.Contains(doc.Blocks, b => b is Para);
        Assert.Contains(view.Keys(c => c.ToString()), k => k.Command is UiCommand.Accept or UiCommand.Pick);
    }
}
