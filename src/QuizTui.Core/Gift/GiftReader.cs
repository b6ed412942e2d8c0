using System.Globalization;
using System.Text.RegularExpressions;
using QuizTui.Core.Authoring;
using QuizTui.Core.Model;
using QuizTui.Core.Questions;

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

        /// <summary>The id of a <c>// [id:ID]</c> comment: Moodle's ID number, which our export writes.</summary>
        public string? IdHint { get; set; }

        public string? UnitHint { get; set; }
    }

    private static List<Block> SplitBlocks(string text, Reader reader)
    {
        var blocks = new List<Block>();
        Block? current = null;
        string? skillHint = null;
        int skillHintLine = 0;
        IReadOnlyList<string>? articlesHint = null;
        string? idHint = null;
        string? unitHint = null;
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
                var unit = UnitComment().Match(trimmed);
                if (IdComment().Match(trimmed) is { Success: true } id)
                {
                    idHint = id.Groups[1].Value.Replace("\\]", "]", StringComparison.Ordinal).Trim();
                }
                if (unit.Success)
                {
                    unitHint = unit.Groups[1].Value.Trim();
                }
                else if (skill.Success)
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
                current = new Block { SkillHint = skillHint, SkillHintLine = skillHintLine, ArticlesHint = articlesHint, IdHint = idHint, UnitHint = unitHint };
                skillHint = null;
                articlesHint = null;
                idHint = null;
                unitHint = null;
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

    private sealed class Reader(string file, IEnumerable<string>? reservedIds)
    {
        private readonly HashSet<string> _reserved = new(reservedIds ?? [], StringComparer.Ordinal);
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
            if (trimmedBody.Length == 0)
            {
                Note(startLine, $"essay question \"{label}\" not converted: our quizzes have no free-text answers for a teacher to grade");
                return;
            }
            Match? trueFalse = null;
            GiftForm form;
            if (trimmedBody[0] == '#')
            {
                form = GiftForm.Numeric;
            }
            else if ((trueFalse = TrueFalseBody().Match(trimmedBody)).Success)
            {
                form = GiftForm.TrueFalse;
            }
            else if (trimmedBody[0] == '=' && trimmedBody.Contains("->", StringComparison.Ordinal))
            {
                form = GiftForm.Matching;
            }
            else if (trimmedBody.Contains('~'))
            {
                form = GiftForm.MultipleChoice;
            }
            else if (trimmedBody[0] == '=')
            {
                form = GiftForm.ShortAnswer;
            }
            else
            {
                Note(q.LineAt(bodyStart), $"question \"{label}\" not converted: its answer block \"{GiftText.Excerpt(Text(body))}\" is not a GIFT answer (answers start with =, ~ or #)");
                return;
            }

            var source = new GiftSource(form, label, prompt, explanation, startLine, body, bodyStart,
                q.LineAt, Text, Note, () => Common(head))
            {
                TrueFalse = form == GiftForm.TrueFalse ? trueFalse : null,
                Unit = block.UnitHint is { Length: > 0 } unit ? unit : null,
            };
            // Several types may read one form (a choice block is single-choice or multiple-answers);
            // the first to take it reads it.
            foreach (var type in QuestionTypes.All.Where(t => t.ReadsGift == form))
            {
                if (type.TryReadGift(source, out var question))
                {
                    if (question is not null)
                        Questions.Add(question);
                    return;
                }
            }
            Note(startLine, $"question \"{label}\" not converted: no question type of ours reads GIFT {form} questions");
        }

        private sealed record Head(Block Block, string? Title, string Prompt, string? Explanation, int Line, string Label);

        private (string Id, Skill Skill, IReadOnlyList<string> Articles, SourceLocation Location) Common(Head head)
        {
            string id = Id(head);
            var skill = DefaultSkill;
            if (head.Block.SkillHint is { } hint && Skills.TryParse(hint, out var parsed) && parsed != Skill.WhoSaidWhat)
            {
                skill = parsed;
            }
            else
            {
                if (head.Block.SkillHint is { } bad)
                    Note(head.Block.SkillHintLine, $"skill \"{bad}\" not converted: not one of main-idea, detail, inference, vocabulary, sourcing, comparison, purpose-and-framing, evaluating-evidence; set to detail");
                SkillsToReview.Add(id);
            }
            var articles = (head.Block.ArticlesHint ?? []).Where(IdSlug.IsValid).ToList();
            return (id, skill, articles, new SourceLocation(file, head.Line, 1));
        }

        /// <summary>
        /// The question's id: its <c>// [id:ID]</c> comment (Moodle's ID number, kept when the
        /// question is renamed there), else its title when that is an id, else one made from the
        /// title or the prompt. An id already taken gets <c>-2</c>, <c>-3</c>, … and a note.
        /// </summary>
        private string Id(Head head)
        {
            string wanted = head.Block.IdHint is { } hint && IdSlug.IsValid(hint)
                ? hint
                : IdSlug.From(head.Title ?? head.Prompt);
            string id = IdSlug.Unique(wanted, _ids);
            if (id != wanted)
            {
                string where = _reserved.Contains(wanted) ? "by the event" : "by an earlier question in the file";
                Note(head.Line, $"question \"{head.Label}\": id \"{wanted}\" is already used {where}; renamed \"{id}\"");
            }
            return id;
        }

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

    [GeneratedRegex(@"^//\s*unit:\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnitComment();

    /// <summary>Moodle's <c>[id:…]</c> in a comment line, with <c>\]</c> for a bracket.</summary>
    [GeneratedRegex(@"\[id:((?:\\\]|[^\]])+)\]", RegexOptions.IgnoreCase)]
    private static partial Regex IdComment();

    [GeneratedRegex(@"\G\[(html|moodle|plain|markdown)\]", RegexOptions.IgnoreCase)]
    private static partial Regex FormatMarker();

    [GeneratedRegex(@"^(T|TRUE|F|FALSE)\s*(?:#([^#]*))?(?:#([^#]*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrueFalseBody();
}
