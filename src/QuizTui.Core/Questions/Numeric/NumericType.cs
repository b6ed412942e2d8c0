using System.Globalization;
using QuizTui.Core.Authoring;
using QuizTui.Core.Formats;
using QuizTui.Core.Gift;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Questions;

/// <summary><c>numeric</c>: a number typed, right within a tolerance, with an optional unit.</summary>
public sealed class NumericType : WrittenQuestionType<NumericQuestion>
{
    public static readonly NumericType Instance = new();

    private NumericType()
    {
    }

    public override string Key => "numeric";

    public override KeySet Keys { get; } = QuestionKeys.For("numeric", "a numeric question", ["answer", "tolerance", "unit"], ["answer"]);

    internal override GiftForm? ReadsGift => GiftForm.Numeric;

    private protected override NumericQuestion Read(QuestionEntry entry)
    {
        var f = entry.Fields;
        decimal answer = f.Number("answer") ?? 0;
        decimal tolerance = f.Number("tolerance") ?? 0;
        if (tolerance < 0)
            f.Report(DiagnosticCodes.NegativeTolerance, f.At("tolerance"), $"`tolerance` must be 0 or more, not {tolerance.ToString(CultureInfo.InvariantCulture)}.");
        string? unit = f.Text("unit");
        return new NumericQuestion(entry.Id, entry.Prompt, entry.Explanation, entry.Skill, entry.ArticleIds, entry.Location, answer, tolerance, unit);
    }

    protected override void WriteYaml(NumericQuestion question, YamlText yaml)
    {
        yaml.Raw(KeyColumn, "answer", YamlText.Number(question.Answer));
        if (question.Tolerance != 0)
            yaml.Raw(KeyColumn, "tolerance", YamlText.Number(question.Tolerance));
        if (question.Unit is { Length: > 0 } unit)
            yaml.Key(KeyColumn, "unit", unit);
    }

    /// <summary>The number is typed; what counts as a number is <see cref="ReadTyped"/>.</summary>
    protected override AnswerState NewAnswerState(NumericQuestion question, PresentedQuestion shown) =>
        new TypedAnswerState(shown, expectsNumber: true, question.Unit,
            text => ReadTyped(text, question.Unit) is { } number ? new NumberAnswer(number) : null);

    /// <summary>
    /// A typed number: "1,500", "1 500" and "24 hours" (the question's unit, or its singular, after
    /// the number) all count; null when it is not a number.
    /// </summary>
    public static decimal? ReadTyped(string text, string? unit)
    {
        string clean = text.Trim();
        if (!string.IsNullOrWhiteSpace(unit))
        {
            string u = unit.Trim();
            foreach (string form in new[] { u, u.EndsWith('s') ? u[..^1] : u })
            {
                if (form.Length > 0 && clean.EndsWith(form, StringComparison.OrdinalIgnoreCase))
                {
                    clean = clean[..^form.Length].TrimEnd();
                    break;
                }
            }
        }
        clean = clean.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return decimal.TryParse(clean, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    protected override void WriteJson(NumericQuestion question, JsonFields json) =>
        json.Add("answer", question.Answer).Add("tolerance", question.Tolerance).Add("unit", question.Unit);

    private protected override void WriteGift(NumericQuestion question, GiftOutput gift)
    {
        string prompt = question.Prompt;
        gift.Comments(question);
        if (question.Unit is { Length: > 0 } unit)
        {
            prompt = PromptWithUnit(prompt, unit);
            gift.Comment("unit", unit);
            gift.Note(question, $"unit \"{unit}\" of numeric question \"{question.Id}\" not exported as a unit (GIFT has none): added to the prompt, and kept in a // unit: comment that quiztui import gift reads back");
        }
        gift.Title(question.Id, prompt, inline: true);
        gift.Text.Append('#').Append(GiftOutput.Number(question.Answer));
        if (question.Tolerance != 0)
            gift.Text.Append(':').Append(GiftOutput.Number(question.Tolerance));
        if (question.Explanation is { Length: > 0 } explanation)
            gift.Text.Append("####").Append(GiftText.Escape(explanation));
        gift.Text.Append("}\n\n");
    }

    internal override bool TryReadGift(GiftSource source, out Question? question)
    {
        question = null;
        int numbersStart = source.BodyStart + source.Body.IndexOf('#') + 1;
        string numbers = source.Body[(source.Body.IndexOf('#') + 1)..];
        var parts = numbers.TrimStart().StartsWith('=')
            ? source.Parts(numbers, numbersStart, "=")
            : [WholeAsPart(numbers, source.LineAt(numbersStart))];
        (decimal Answer, decimal Tolerance, GiftPart Part)? chosen = null;
        foreach (var part in parts)
        {
            string raw = source.Text(part.RawText);
            decimal weight = part.Weight ?? 100;
            if (!TryNumber(raw, out decimal answer, out decimal tolerance))
            {
                source.Note(part.Line, $"numeric answer \"{raw}\" of \"{source.Label}\" not converted: not a number, number:tolerance or min..max");
                continue;
            }
            if (part.Feedback is not null)
                source.Note(part.Line, $"feedback \"{GiftText.Excerpt(part.Feedback)}\" for numeric answer {raw} not converted: numeric questions have no per-answer feedback");
            if (chosen is null && weight >= 100)
                chosen = (answer, tolerance, part);
            else
                source.Note(part.Line, $"numeric answer {raw} ({GiftSource.FormatWeight(weight)}) not converted: our numeric questions have one answer with one tolerance");
        }
        if (chosen is not { } c)
        {
            source.Note(source.Line, $"numeric question \"{source.Label}\" not converted: no answer is worth full credit");
            return true;
        }
        // The unit travels in a comment and in the prompt, for Moodle's students; the prompt loses it again.
        string prompt = source.Prompt;
        string? unit = source.Unit;
        if (unit is not null && prompt.EndsWith(PromptWithUnit("", unit), StringComparison.Ordinal))
        {
            prompt = prompt[..^PromptWithUnit("", unit).Length];
        }
        var (id, skill, articles, location) = source.Common();
        question = new NumericQuestion(id, prompt, source.Explanation, skill, articles, location, c.Answer, c.Tolerance, unit);
        return true;

        GiftPart WholeAsPart(string raw, int line)
        {
            int hash = raw.IndexOf('#');
            string? feedback = hash < 0 ? null : source.Text(raw[(hash + 1)..]);
            return new GiftPart('=', null, hash < 0 ? raw : raw[..hash], feedback is { Length: > 0 } ? feedback : null, line);
        }
    }

    private static string PromptWithUnit(string prompt, string unit) => $"{prompt} ({unit})";

    /// <summary>A GIFT number: <c>3.5</c>, <c>3.5:0.5</c> (with a tolerance) or <c>3..4</c> (a range).</summary>
    private static bool TryNumber(string raw, out decimal answer, out decimal tolerance)
    {
        answer = 0;
        tolerance = 0;
        string s = raw.Replace(" ", "", StringComparison.Ordinal);
        int range = s.IndexOf("..", StringComparison.Ordinal);
        if (range > 0)
        {
            if (!Number(s[..range], out decimal min) || !Number(s[(range + 2)..], out decimal max))
                return false;
            if (max < min)
                (min, max) = (max, min);
            answer = (min + max) / 2;
            tolerance = (max - min) / 2;
            return true;
        }
        int colon = s.IndexOf(':');
        if (colon > 0)
        {
            if (!Number(s[..colon], out answer) || !Number(s[(colon + 1)..], out tolerance))
                return false;
            tolerance = Math.Abs(tolerance);
            return true;
        }
        return Number(s, out answer);

        static bool Number(string text, out decimal value) =>
            decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
