using System.Globalization;
using System.Text.RegularExpressions;
using QuizTui.Core.Authoring;
using QuizTui.Core.Model;

namespace QuizTui.Core.Gift;

/// <summary>What a GIFT file gave: the questions that could be converted and a note for everything that could not.</summary>
/// <param name="Questions">Converted questions, in file order, with unique ids.</param>
/// <param name="Notes">One note per construct not converted (or converted with a change), in line order.</param>
/// <param name="SkillsToReview">Ids of questions whose skill was not given in the file and was set to <c>detail</c>.</param>
public sealed record GiftImport(
    IReadOnlyList<Question> Questions,
    IReadOnlyList<ConversionNote> Notes,
    IReadOnlySet<string> SkillsToReview);

/// <summary>
/// Reads Moodle GIFT text into our question model. Never throws on odd input: anything it cannot
/// convert is left out and reported as a <see cref="ConversionNote"/> with its line.
/// </summary>
public static partial class GiftReader
{
    /// <summary>The skill given to imported questions; GIFT has no notion of it.</summary>
    public const Skill DefaultSkill = Skill.Detail;

    /// <param name="text">The GIFT text.</param>
    /// <param name="file">The name shown in notes and question locations.</param>
    /// <param name="reservedIds">Ids already used in the event; new ids avoid them.</param>
    public static GiftImport Read(string text, string file = "input.gift", IEnumerable<string>? reservedIds = null)
    {
        var reader = new Reader(file, reservedIds);
        foreach (var block in SplitBlocks(text ?? "", reader))
        {
            try
            {
                reader.ReadQuestion(block);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or IndexOutOfRangeException or InvalidOperationException)
            {
                reader.Note(block.Lines[0].Number, $"question not converted: it could not be read ({e.Message})");
            }
        }
        return new GiftImport(reader.Questions, reader.Notes.OrderBy(n => n.Line).ToList(), reader.SkillsToReview);
    }

    private sealed record SourceLine(int Number, string Text);

    /// <summary>The lines of one question (comments removed), and the hints found in comments just before it.</summary>
    private sealed class Block
    {
        public List<SourceLine> Lines { get; } = [];
        public string? SkillHint { get; set; }
        public int SkillHintLine { get; set; }
        public IReadOnlyList<string>? ArticlesHint { get; set; }
    }

    private static List<Block> SplitBlocks(string text, Reader reader)
    {
        var blocks = new List<Block>();
        Block? current = null;
        string? skillHint = null;
        int skillHintLine = 0;
        IReadOnlyList<string>? articlesHint = null;
        string[] lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int number = i + 1;
            string line = lines[i].TrimEnd();
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                var skill = SkillComment().Match(trimmed);
                var articles = ArticlesComment().Match(trimmed);
                if (skill.Success)
                {
                    skillHint = skill.Groups[1].Value;
                    skillHintLine = number;
                }
                else if (articles.Success)
                {
                    articlesHint = articles.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                }
                continue;
            }
            if (trimmed.Length == 0)
            {
                current = null;
                continue;
            }
            if (trimmed.StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
            {
                current = null;
                reader.Note(number, $"category \"{trimmed["$CATEGORY:".Length..].Trim()}\" not converted: a quiz file has no categories; its questions are kept in file order");
                continue;
            }
            if (current is null)
            {
                current = new Block { SkillHint = skillHint, SkillHintLine = skillHintLine, ArticlesHint = articlesHint };
                skillHint = null;
                articlesHint = null;
                blocks.Add(current);
            }
            current.Lines.Add(new SourceLine(number, line));
        }
        return blocks;
    }

    private enum TextFormat
    {
        Moodle,
        Html,
        Markdown,
    }

    /// <summary>One answer of an answer block: its marker (<c>=</c>, <c>~</c>), weight, text and feedback.</summary>
    private sealed record Part(char Marker, decimal? Weight, string RawText, string? Feedback, int Line);

    private sealed class Reader(string file, IEnumerable<string>? reservedIds)
    {
        private readonly HashSet<string> _ids = new(reservedIds ?? [], StringComparer.Ordinal);

        public List<Question> Questions { get; } = [];
        public List<ConversionNote> Notes { get; } = [];
        public HashSet<string> SkillsToReview { get; } = new(StringComparer.Ordinal);

        public void Note(int line, string message) => Notes.Add(new ConversionNote(file, line, message));

        public void ReadQuestion(Block block)
        {
            var q = new QuestionText(block);
            string s = q.Text;
            int pos = SkipSpace(s, 0);
            int startLine = q.LineAt(pos);

            string? title = null;
            if (string.CompareOrdinal(s, pos, "::", 0, 2) == 0)
            {
                int end = s.IndexOf("::", pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    Note(startLine, "title not converted: it opens with :: but has no closing ::");
                    pos += 2;
                }
                else
                {
                    title = GiftText.Finish(s[(pos + 2)..end]);
                    pos = SkipSpace(s, end + 2);
                }
            }

            var format = TextFormat.Moodle;
            var formatMatch = FormatMarker().Match(s, pos);
            if (formatMatch.Success)
            {
                string name = formatMatch.Groups[1].Value.ToLowerInvariant();
                format = name switch { "html" => TextFormat.Html, "markdown" => TextFormat.Markdown, _ => TextFormat.Moodle };
                pos = SkipSpace(s, pos + formatMatch.Length);
            }

            string label = title ?? GiftText.Excerpt(GiftText.Finish(s[pos..]));
            int open = s.IndexOf('{', pos);
            if (open < 0)
            {
                Note(startLine, $"description \"{label}\" not converted: it has no answer to check (our quizzes hold questions only)");
                return;
            }
            int close = s.IndexOf('}', open + 1);
            if (close < 0)
            {
                Note(q.LineAt(open), $"question \"{label}\" not converted: its answer block has no closing }}");
                return;
            }

            string Text(string raw) => format == TextFormat.Html ? GiftText.StripHtml(GiftText.Finish(raw)) : GiftText.Finish(raw);

            string before = Text(s[pos..open]);
            string after = Text(s[(close + 1)..]);
            string prompt = before;
            if (after.Length > 0)
            {
                prompt = before.Length > 0 ? $"{before} _____ {after}" : $"_____ {after}";
                if (after.Contains('{'))
                    Note(q.LineAt(close + 1), $"question \"{label}\": only its first answer block is converted; the text after it is kept as written");
                Note(startLine, $"question \"{label}\" is a missing-word question: converted with _____ marking the gap in the prompt");
            }
            if (format == TextFormat.Html)
                Note(startLine, $"question \"{label}\": [html] text converted as plain text (tags removed, entities decoded)");
            else if (format == TextFormat.Markdown)
                Note(startLine, $"question \"{label}\": [markdown] text kept as plain text (marks such as * and _ stay as typed)");

            int bodyStart = open + 1;
            string body = s[bodyStart..close];
            string? explanation = null;
            int general = body.IndexOf("####", StringComparison.Ordinal);
            if (general >= 0)
            {
                explanation = Text(body[(general + 4)..]);
                body = body[..general];
            }
            if (explanation is { Length: 0 })
                explanation = null;

            if (prompt.Length == 0)
            {
                Note(startLine, $"question \"{label}\" not converted: it has no question text");
                return;
            }

            var head = new Head(block, title, prompt, explanation, startLine, label);
            string trimmedBody = body.Trim();
            Question? question;
            if (trimmedBody.Length == 0)
            {
                Note(startLine, $"essay question \"{label}\" not converted: our quizzes have no free-text answers for a teacher to grade");
                return;
            }
            if (trimmedBody[0] == '#')
            {
                question = Numeric(head, body, bodyStart + body.IndexOf('#') + 1, q, Text);
            }
            else if (TrueFalseBody().Match(trimmedBody) is { Success: true } tf)
            {
                question = TrueFalse(head, tf, Text);
            }
            else if (trimmedBody[0] == '=' && trimmedBody.Contains("->", StringComparison.Ordinal))
            {
                question = Matching(head, body, bodyStart, q, Text);
            }
            else if (trimmedBody.Contains('~'))
            {
                question = Choices(head, body, bodyStart, q, Text);
            }
            else if (trimmedBody[0] == '=')
            {
                question = ShortAnswer(head, body, bodyStart, q, Text);
            }
            else
            {
                Note(q.LineAt(bodyStart), $"question \"{label}\" not converted: its answer block \"{GiftText.Excerpt(Text(body))}\" is not a GIFT answer (answers start with =, ~ or #)");
                return;
            }
            if (question is not null)
                Questions.Add(question);
        }

        private sealed record Head(Block Block, string? Title, string Prompt, string? Explanation, int Line, string Label);

        private (string Id, Skill Skill, IReadOnlyList<string> Articles, SourceLocation Location) Common(Head head)
        {
            string id = IdSlug.Unique(IdSlug.From(head.Title ?? head.Prompt), _ids);
            var skill = DefaultSkill;
            if (head.Block.SkillHint is { } hint && Skills.TryParse(hint, out var parsed) && parsed != Skill.WhoSaidWhat)
            {
                skill = parsed;
            }
            else
            {
                if (head.Block.SkillHint is { } bad)
                    Note(head.Block.SkillHintLine, $"skill \"{bad}\" not converted: not one of main-idea, detail, inference, vocabulary, sourcing, comparison; set to detail");
                SkillsToReview.Add(id);
            }
            var articles = (head.Block.ArticlesHint ?? []).Where(IdSlug.IsValid).ToList();
            return (id, skill, articles, new SourceLocation(file, head.Line, 1));
        }

        private List<Part> SplitParts(string body, int bodyStart, QuestionText q, string markers, Func<string, string> text)
        {
            var parts = new List<Part>();
            int start = -1;
            char marker = ' ';
            void Flush(int end)
            {
                if (start < 0)
                {
                    string lead = text(body[..end]);
                    if (lead.Length > 0)
                        Note(q.LineAt(bodyStart), $"text \"{GiftText.Excerpt(lead)}\" before the first answer not converted: it belongs to no answer");
                    return;
                }
                string raw = body[(start + 1)..end];
                int line = q.LineAt(bodyStart + start);
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
                    feedback = text(raw[(hash + 1)..]);
                    raw = raw[..hash];
                    if (feedback.Length == 0)
                        feedback = null;
                }
                parts.Add(new Part(marker, weight, raw, feedback, line));
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

        private Question? Choices(Head head, string body, int bodyStart, QuestionText q, Func<string, string> text)
        {
            var parts = SplitParts(body, bodyStart, q, "=~", text);
            var choices = new List<(Choice Choice, decimal Weight, Part Part)>();
            foreach (var part in parts)
            {
                string choiceText = text(part.RawText);
                if (choiceText.Length == 0)
                {
                    Note(part.Line, $"empty answer of \"{head.Label}\" not converted");
                    continue;
                }
                decimal weight = part.Weight ?? (part.Marker == '=' ? 100 : 0);
                choices.Add((new Choice(choiceText, weight > 0, part.Feedback), weight, part));
            }
            var right = choices.Where(c => c.Weight > 0).ToList();
            if (right.Count == 0)
            {
                Note(head.Line, $"question \"{head.Label}\" not converted: no answer is marked right (= or a positive %weight%)");
                return null;
            }
            if (choices.Count < 2)
            {
                Note(head.Line, $"question \"{head.Label}\" not converted: a choice question needs at least two answers");
                return null;
            }
            var (id, skill, articles, location) = Common(head);
            var list = choices.Select(c => c.Choice).ToList();
            if (right.Count == 1)
            {
                if (right[0].Weight != 100)
                    Note(right[0].Part.Line, $"weight {FormatWeight(right[0].Weight)} of \"{right[0].Choice.Text}\" not expressible: converted as the one right answer, worth full credit");
                foreach (var penalty in choices.Where(c => c.Weight < 0))
                    Note(penalty.Part.Line, $"penalty {FormatWeight(penalty.Weight)} of \"{penalty.Choice.Text}\" not converted: a wrong single choice scores zero");
                return new SingleChoiceQuestion(id, head.Prompt, head.Explanation, skill, articles, location, list);
            }

            // Several right answers: our multiple-answers question.
            if (AllFull(right) && right.All(r => r.Part.Marker == '=' && r.Part.Weight is null))
            {
                Note(head.Line, $"question \"{head.Label}\" has {right.Count} answers marked = (each right on its own in Moodle): not expressible as one single choice; converted to multiple-answers, where the learner picks all of them");
                return new MultipleAnswersQuestion(id, head.Prompt, head.Explanation, skill, articles, location, list);
            }
            decimal share = 100m / right.Count;
            bool equalShares = right.All(r => Math.Abs(r.Weight - share) < 0.01m);
            bool equalPenalties = choices.Where(c => c.Weight <= 0).All(c => Math.Abs(c.Weight + share) < 0.01m);
            if (!equalShares || !equalPenalties)
            {
                string weights = string.Join(", ", choices.Select(c => FormatWeight(c.Weight)));
                Note(head.Line, $"weights {weights} of \"{head.Label}\" not expressible: our multiple-answers gives each right choice an equal share of the credit and takes one share off per wrong pick; choices with a positive weight are kept as right, the others as wrong");
            }
            return new MultipleAnswersQuestion(id, head.Prompt, head.Explanation, skill, articles, location, list);

            static bool AllFull(List<(Choice Choice, decimal Weight, Part Part)> r) => r.All(x => x.Weight == 100);
        }

        private Question? ShortAnswer(Head head, string body, int bodyStart, QuestionText q, Func<string, string> text)
        {
            var accepted = new List<string>();
            foreach (var part in SplitParts(body, bodyStart, q, "=", text))
            {
                string answer = text(part.RawText);
                if (answer.Length == 0)
                    continue;
                decimal weight = part.Weight ?? 100;
                if (weight < 100)
                {
                    Note(part.Line, $"answer \"{answer}\" ({FormatWeight(weight)}) not converted: short answers are either accepted in full or wrong");
                    continue;
                }
                if (part.Feedback is not null)
                    Note(part.Line, $"feedback \"{GiftText.Excerpt(part.Feedback)}\" for answer \"{answer}\" not converted: short answers have no per-answer feedback");
                // Answers are compared ignoring case, punctuation and spacing, so "Varga" and "varga" are one.
                if (!accepted.Any(a => TextFolding.FoldForAnswer(a) == TextFolding.FoldForAnswer(answer)))
                    accepted.Add(answer);
            }
            if (accepted.Count == 0)
            {
                Note(head.Line, $"short-answer question \"{head.Label}\" not converted: no answer is accepted in full");
                return null;
            }
            var (id, skill, articles, location) = Common(head);
            return new ShortAnswerQuestion(id, head.Prompt, head.Explanation, skill, articles, location, accepted);
        }

        private Question? Matching(Head head, string body, int bodyStart, QuestionText q, Func<string, string> text)
        {
            var pairs = new List<MatchPair>();
            foreach (var part in SplitParts(body, bodyStart, q, "=", text))
            {
                string raw = part.Feedback is null ? part.RawText : part.RawText + "#" + part.Feedback;
                int arrow = raw.IndexOf("->", StringComparison.Ordinal);
                if (arrow < 0)
                {
                    Note(part.Line, $"matching answer \"{GiftText.Excerpt(text(raw))}\" not converted: it has no ->");
                    continue;
                }
                string left = text(raw[..arrow]);
                string right = text(raw[(arrow + 2)..]);
                if (left.Length == 0)
                {
                    Note(part.Line, $"extra right-hand answer \"{right}\" not converted: our matching questions have no unmatched answers");
                    continue;
                }
                if (right.Length == 0)
                {
                    Note(part.Line, $"matching item \"{left}\" not converted: it has no right-hand answer");
                    continue;
                }
                pairs.Add(new MatchPair(left, right));
            }
            if (pairs.Count < 2)
            {
                Note(head.Line, $"matching question \"{head.Label}\" not converted: it needs at least two pairs");
                return null;
            }
            var (id, skill, articles, location) = Common(head);
            return new MatchingQuestion(id, head.Prompt, head.Explanation, skill, articles, location, pairs);
        }

        private Question? TrueFalse(Head head, Match match, Func<string, string> text)
        {
            bool answer = match.Groups[1].Value.StartsWith('T') || match.Groups[1].Value.StartsWith('t');
            // Moodle: the first feedback is shown for a wrong answer, the second for a right one.
            var feedback = new[] { match.Groups[2].Value, match.Groups[3].Value }
                .Select(f => text(f))
                .Where(f => f.Length > 0)
                .Distinct()
                .ToList();
            string? explanation = head.Explanation;
            if (feedback.Count > 0)
            {
                Note(head.Line, $"true/false feedback of \"{head.Label}\" not converted as such (our true-false questions have no per-answer feedback): kept in the explanation");
                explanation = string.Join("\n", new[] { explanation }.Concat(feedback).Where(f => !string.IsNullOrEmpty(f)));
            }
            var (id, skill, articles, location) = Common(head);
            return new TrueFalseQuestion(id, head.Prompt, explanation, skill, articles, location, answer);
        }

        private Question? Numeric(Head head, string body, int numbersStart, QuestionText q, Func<string, string> text)
        {
            string numbers = body[(body.IndexOf('#') + 1)..];
            var parts = numbers.TrimStart().StartsWith('=')
                ? SplitParts(numbers, numbersStart, q, "=", text)
                : [WholeAsPart(numbers, q.LineAt(numbersStart))];
            (decimal Answer, decimal Tolerance, Part Part)? chosen = null;
            foreach (var part in parts)
            {
                string raw = text(part.RawText);
                decimal weight = part.Weight ?? 100;
                if (!TryNumber(raw, out decimal answer, out decimal tolerance))
                {
                    Note(part.Line, $"numeric answer \"{raw}\" of \"{head.Label}\" not converted: not a number, number:tolerance or min..max");
                    continue;
                }
                if (part.Feedback is not null)
                    Note(part.Line, $"feedback \"{GiftText.Excerpt(part.Feedback)}\" for numeric answer {raw} not converted: numeric questions have no per-answer feedback");
                if (chosen is null && weight >= 100)
                    chosen = (answer, tolerance, part);
                else
                    Note(part.Line, $"numeric answer {raw} ({FormatWeight(weight)}) not converted: our numeric questions have one answer with one tolerance");
            }
            if (chosen is not { } c)
            {
                Note(head.Line, $"numeric question \"{head.Label}\" not converted: no answer is worth full credit");
                return null;
            }
            var (id, skill, articles, location) = Common(head);
            return new NumericQuestion(id, head.Prompt, head.Explanation, skill, articles, location, c.Answer, c.Tolerance, null);

            Part WholeAsPart(string raw, int line)
            {
                int hash = raw.IndexOf('#');
                string? feedback = hash < 0 ? null : text(raw[(hash + 1)..]);
                return new Part('=', null, hash < 0 ? raw : raw[..hash], feedback is { Length: > 0 } ? feedback : null, line);
            }
        }

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

        private static string FormatWeight(decimal weight) =>
            weight.ToString("0.#####", CultureInfo.InvariantCulture) + "%";

        private static int SkipSpace(string s, int pos)
        {
            while (pos < s.Length && char.IsWhiteSpace(s[pos]))
                pos++;
            return pos;
        }
    }

    /// <summary>A question's text with its escapes protected, and the source line of each character.</summary>
    private sealed class QuestionText
    {
        private readonly List<int> _lineNumbers;

        public QuestionText(Block block)
        {
            _lineNumbers = block.Lines.Select(l => l.Number).ToList();
            Text = string.Join("\n", block.Lines.Select(l => GiftText.Protect(l.Text)));
        }

        public string Text { get; }

        public int LineAt(int offset)
        {
            int index = 0;
            for (int i = 0; i < Math.Min(offset, Text.Length); i++)
            {
                if (Text[i] == '\n')
                    index++;
            }
            return _lineNumbers[Math.Min(index, _lineNumbers.Count - 1)];
        }
    }

    [GeneratedRegex(@"^//\s*skill:\s*(\S+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SkillComment();

    [GeneratedRegex(@"^//\s*articles:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticlesComment();

    [GeneratedRegex(@"\G\[(html|moodle|plain|markdown)\]", RegexOptions.IgnoreCase)]
    private static partial Regex FormatMarker();

    [GeneratedRegex(@"^(T|TRUE|F|FALSE)\s*(?:#([^#]*))?(?:#([^#]*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrueFalseBody();

    [GeneratedRegex(@"^\s*%(-?[0-9.]+)%")]
    private static partial Regex WeightPrefix();
}
