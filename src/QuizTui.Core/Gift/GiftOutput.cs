using System.Globalization;
using System.Text;
using QuizTui.Core.Model;

namespace QuizTui.Core.Gift;

/// <summary>
/// GIFT being written, and the notes on what had to change on the way: the pieces every question
/// type's GIFT writer is made of. Each question is titled with its id and preceded by
/// <c>// skill:</c> and <c>// articles:</c> comments, which Moodle ignores and <see cref="GiftReader"/> reads back,
/// and by <c>// [id:ID]</c>, which Moodle keeps as the question's ID number and writes back when it
/// exports, so the id survives a question renamed in Moodle.
/// </summary>
internal sealed class GiftOutput
{
    public StringBuilder Text { get; } = new();
    public List<ConversionNote> Notes { get; } = [];

    /// <summary>Writes a question through its type.</summary>
    public void Question(Question question) => question.Type.WriteGift(question, this);

    public void Note(Question question, string message) => Note(question.Location, message);

    public void Note(SourceLocation at, string message) => Notes.Add(new ConversionNote(at.File, at.Line, message));

    /// <summary>The <c>// skill:</c> and <c>// articles:</c> comments before a question.</summary>
    public void Comments(Question question)
    {
        Text.Append("// skill: ").Append(question.Skill.Key()).Append('\n');
        if (question.ArticleIds.Count > 0)
            Text.Append("// articles: ").Append(string.Join(", ", question.ArticleIds)).Append('\n');
    }

    /// <summary>The comments, the title and the prompt, and the opening brace (alone on its line unless <paramref name="inline"/>).</summary>
    public void Open(Question question, string prompt, bool inline = false)
    {
        Comments(question);
        Title(question.Id, prompt, inline);
    }

    /// <summary><c>// [id:id]</c> and <c>::id::prompt {</c>, without the other comments.</summary>
    public void Title(string id, string prompt, bool inline = false)
    {
        Text.Append("// [id:").Append(id).Append("]\n");
        Text.Append("::").Append(GiftText.Escape(id)).Append("::").Append(GiftText.Escape(prompt));
        Text.Append(inline ? " {" : " {\n");
    }

    /// <summary>A <c>// key: value</c> comment line, which Moodle ignores and <see cref="GiftReader"/> reads back.</summary>
    public void Comment(string key, string value) => Text.Append("// ").Append(key).Append(": ").Append(value).Append('\n');

    /// <summary>The general feedback (our explanation) and the closing brace.</summary>
    public void Close(string? explanation)
    {
        if (explanation is { Length: > 0 })
            Text.Append("  ####").Append(GiftText.Escape(explanation)).Append('\n');
        Text.Append("}\n\n");
    }

    /// <summary>An answer line: <paramref name="marker"/> (<c>=</c>, <c>~</c>, <c>~%50%</c>), its text and its feedback.</summary>
    public void Answer(string marker, Choice choice)
    {
        Text.Append("  ").Append(marker).Append(GiftText.Escape(choice.Text));
        if (choice.Feedback is { Length: > 0 } feedback)
            Text.Append(" #").Append(GiftText.Escape(feedback));
        Text.Append('\n');
    }

    /// <summary>An answer line with no feedback: <c>  =text</c>.</summary>
    public void Answer(string marker, string text) => Text.Append("  ").Append(marker).Append(GiftText.Escape(text)).Append('\n');

    /// <summary>Moodle only accepts the grades of its list, written with five decimals (33.33333).</summary>
    public static string Weight(decimal percent) =>
        Math.Round(percent, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
