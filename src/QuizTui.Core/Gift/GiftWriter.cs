using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Gift;

/// <summary>GIFT text for Moodle and notes on what had to change on the way.</summary>
public sealed record GiftExport(string Text, IReadOnlyList<ConversionNote> Notes);

/// <summary>
/// Writes our quizzes as Moodle GIFT. Each quiz gets its own <c>$CATEGORY</c>; each question is
/// written by its type (<see cref="QuestionType"/>), titled with its id and preceded by
/// <c>// skill:</c> and <c>// articles:</c> comments, which Moodle ignores and <see cref="GiftReader"/> reads back.
/// </summary>
public static class GiftWriter
{
    /// <summary>The quizzes of the events (one event or one quiz when given) as one GIFT text.</summary>
    public static GiftExport Write(IEnumerable<NewsEvent> events, string? quizId = null)
    {
        var gift = new GiftOutput();
        foreach (var newsEvent in events)
        {
            foreach (var quiz in newsEvent.Quizzes.Where(q => quizId is null || q.Id == quizId))
                WriteQuiz(gift, newsEvent, quiz);
        }
        return new GiftExport(gift.Text.ToString(), gift.Notes);
    }

    /// <summary>One quiz of an event as GIFT.</summary>
    public static GiftExport Write(NewsEvent newsEvent, Quiz quiz)
    {
        var gift = new GiftOutput();
        WriteQuiz(gift, newsEvent, quiz);
        return new GiftExport(gift.Text.ToString(), gift.Notes);
    }

    /// <summary>Questions alone, without an event (who-said-what questions need one and are skipped).</summary>
    public static GiftExport Write(IEnumerable<Question> questions)
    {
        var gift = new GiftOutput();
        foreach (var question in questions)
            gift.Question(question);
        return new GiftExport(gift.Text.ToString(), gift.Notes);
    }

    private static void WriteQuiz(GiftOutput gift, NewsEvent newsEvent, Quiz quiz)
    {
        gift.Text.Append("// ").Append(OneLine(newsEvent.Title)).Append(": ").Append(OneLine(quiz.Title)).Append('\n');
        gift.Text.Append("$CATEGORY: $course$/").Append(newsEvent.Id).Append('/').Append(quiz.Id).Append("\n\n");
        switch (quiz)
        {
            case ComprehensionQuiz comprehension:
                foreach (var question in comprehension.Questions)
                    gift.Question(question);
                break;
            case WhoSaidWhatQuiz whoSaidWhat:
                WhoSaidWhatType.WriteGiftQuiz(gift, newsEvent, whoSaidWhat);
                break;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
