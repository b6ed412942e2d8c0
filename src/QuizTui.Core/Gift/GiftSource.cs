using System.Globalization;
using System.Text.RegularExpressions;
using QuizTui.Core.Model;
using QuizTui.Core.Questions;

namespace QuizTui.Core.Gift;

/// <summary>The forms of GIFT question, told apart by the shape of the answer block.</summary>
internal enum GiftForm
{
    /// <summary><c>{#3.5:0.5}</c></summary>
    Numeric,
    /// <summary><c>{T}</c>, <c>{FALSE}</c></summary>
    TrueFalse,
    /// <summary><c>{=a -> b =c -> d}</c></summary>
    Matching,
    /// <summary><c>{=right ~wrong}</c>, with weights</summary>
    MultipleChoice,
    /// <summary><c>{=answer =other answer}</c></summary>
    ShortAnswer,
}

/// <summary>One answer of an answer block: its marker (<c>=</c>, <c>~</c>), weight, text and feedback, and its line.</summary>
internal sealed record GiftPart(char Marker, decimal? Weight, string RawText, string? Feedback, int Line);

/// <summary>
/// One GIFT question as a question type's GIFT reader sees it: its title, prompt and general
/// feedback, its answer block, and the means to read the block, name the new question and note
/// what is not converted.
/// </summary>
internal sealed partial class GiftSource
{
    private readonly Func<int, int> _lineAt;
    private readonly Func<string, string> _text;
    private readonly Action<int, string> _note;
    private readonly Func<(string Id, Skill Skill, IReadOnlyList<string> Articles, SourceLocation Location)> _common;
    private GiftChoices? _choices;
    private bool _choicesRead;

    public GiftSource(
        GiftForm form, string label, string prompt, string? explanation, int line, string body, int bodyStart,
        Func<int, int> lineAt, Func<string, string> text, Action<int, string> note,
        Func<(string, Skill, IReadOnlyList<string>, SourceLocation)> common)
    {
        Form = form;
        Label = label;
        Prompt = prompt;
        Explanation = explanation;
        Line = line;
        Body = body;
        BodyStart = bodyStart;
        _lineAt = lineAt;
        _text = text;
        _note = note;
        _common = common;
    }

    public GiftForm Form { get; }

    /// <summary>For a true-false question, the match of its answer block: the value and up to two feedbacks.</summary>
    public Match? TrueFalse { get; init; }

    /// <summary>The unit given in a <c>// unit:</c> comment before the question, if any.</summary>
    public string? Unit { get; init; }

    /// <summary>How notes name the question: its title, or the start of its text.</summary>
    public string Label { get; }

    public string Prompt { get; }

    /// <summary>The general feedback (<c>####</c>), our explanation.</summary>
    public string? Explanation { get; }

    /// <summary>The line the question starts on.</summary>
    public int Line { get; }

    /// <summary>The answer block between its braces, without the general feedback.</summary>
    public string Body { get; }

    /// <summary>Where <see cref="Body"/> starts in the question's text (for line numbers).</summary>
    public int BodyStart { get; }

    /// <summary>The line of a character of the question's text.</summary>
    public int LineAt(int offset) => _lineAt(offset);

    /// <summary>GIFT text as plain text: escapes resolved, and HTML removed when the question is written in HTML.</summary>
    public string Text(string raw) => _text(raw);

    public void Note(int line, string message) => _note(line, message);

    /// <summary>The new question's id (unique in the file and the event), skill, articles and location; a missing skill is noted.</summary>
    public (string Id, Skill Skill, IReadOnlyList<string> Articles, SourceLocation Location) Common() => _common();

    /// <summary>The choices of the block (read once, whichever type asks first); null when none is right or there are fewer than two.</summary>
    public GiftChoices? Choices
    {
        get
        {
            if (!_choicesRead)
            {
                _choices = ChoiceList.ReadGift(this);
                _choicesRead = true;
            }
            return _choices;
        }
    }

    /// <summary>The answers of the block, each starting at one of <paramref name="markers"/>.</summary>
    public List<GiftPart> Parts(string markers) => Parts(Body, BodyStart, markers);

    /// <summary>The answers of <paramref name="body"/>, a part of the question's text starting at <paramref name="bodyStart"/>.</summary>
    public List<GiftPart> Parts(string body, int bodyStart, string markers)
    {
        var parts = new List<GiftPart>();
        int start = -1;
        char marker = ' ';
        void Flush(int end)
        {
            if (start < 0)
            {
                string lead = Text(body[..end]);
                if (lead.Length > 0)
                    Note(LineAt(bodyStart), $"text \"{GiftText.Excerpt(lead)}\" before the first answer not converted: it belongs to no answer");
                return;
            }
            string raw = body[(start + 1)..end];
            int line = LineAt(bodyStart + start);
            decimal? weight = null;
            var w = WeightPrefix().Match(raw);
            if (w.Success)
            {
                if (decimal.TryParse(w.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value))
                    weight = value;
                else
                    Note(line, $"weight %{w.Groups[1].Value}% not converted: not a number");
                raw = raw[w.Length..];
            }
            string? feedback = null;
            int hash = raw.IndexOf('#');
            if (hash >= 0)
            {
                feedback = Text(raw[(hash + 1)..]);
                raw = raw[..hash];
                if (feedback.Length == 0)
                    feedback = null;
            }
            parts.Add(new GiftPart(marker, weight, raw, feedback, line));
        }
        for (int i = 0; i < body.Length; i++)
        {
            if (markers.Contains(body[i]))
            {
                Flush(i);
                start = i;
                marker = body[i];
            }
        }
        Flush(body.Length);
        return parts;
    }

    /// <summary>A GIFT weight as notes show it: <c>33.33333%</c>.</summary>
    public static string FormatWeight(decimal weight) =>
        weight.ToString("0.#####", CultureInfo.InvariantCulture) + "%";

    [GeneratedRegex(@"^\s*%(-?[0-9.]+)%")]
    private static partial Regex WeightPrefix();
}
